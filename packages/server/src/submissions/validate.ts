import type { LevelOfAssurance, ServiceMetadata, SubmissionTypeDeclaration } from '@czp/contract';
import { formatBytes } from '../data-box/text.js';
import type { IncomingAttachment } from '../data-box/upload.js';
import type { Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { describeError, validatorOf } from './declared.js';

/** The active version of a listed service, with what it declares: what a submission is checked against. */
export interface ActiveService {
  serviceId: string;
  version: string;
  issuerId: string;
  requiredLevel: LevelOfAssurance | undefined;
  declarations: SubmissionTypeDeclaration[];
}

export async function activeService(db: Queryable, serviceId: string): Promise<ActiveService> {
  const [row] = await db.query<{ issuer_id: string; version: string; metadata: ServiceMetadata }>(
    `select s.issuer_id, v.version, v.metadata from services s
     join service_versions v on v.service_id = s.id and v.version = s.active_version
     where s.id = $1 and s.withdrawn_at is null`,
    [serviceId],
  );
  if (!row) {
    throw new Refusal(404, 'not-in-catalogue', `There is no service "${serviceId}" in the catalogue`, 'serviceId');
  }
  return {
    serviceId,
    version: row.version,
    issuerId: row.issuer_id,
    requiredLevel: row.metadata.requiredLevel,
    declarations: row.metadata.submissions ?? [],
  };
}

/** The declared type of that id, or 400 naming `type` with the types there are. */
export function declarationOf(service: ActiveService, typeId: string): SubmissionTypeDeclaration {
  const found = service.declarations.find((declaration) => declaration.id === typeId);
  if (found) return found;
  const known = service.declarations.map((declaration) => declaration.id);
  throw new Refusal(
    400,
    'unknown-submission-type',
    known.length === 0
      ? `The service ${service.serviceId} accepts no submissions`
      : `The service ${service.serviceId} has no submission type "${typeId}"; it has: ${known.join(', ')}`,
    'type',
  );
}

/**
 * The form data as JSON, checked against the declared schema: 400 with the JSON Pointer of the first problem as the
 * field (`/dog/name`) and a sentence about it. Never trusts what a browser already checked.
 */
export function validateData(service: ActiveService, declaration: SubmissionTypeDeclaration, json: string) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Refusal(400, 'validation', 'data must be the form data as JSON', 'data');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Refusal(400, 'validation', 'data must be a JSON object of the form’s fields', 'data');
  }
  const validate = validatorOf(service.serviceId, service.version, declaration);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const problem = first ? describeError(first) : { field: '/', message: 'The form data is not valid' };
    throw new Refusal(400, 'validation', problem.message, problem.field);
  }
  return data as Record<string, unknown>;
}

/** The base media type: `text/plain; charset=utf-8` is text/plain. */
const baseType = (mediaType: string) => mediaType.split(';')[0]?.trim() ?? mediaType;

/** The files against what the type allows: how many, how large, of which types (by content, as sniffed). */
export function checkAttachments(declaration: SubmissionTypeDeclaration, files: readonly IncomingAttachment[]): void {
  if (files.length === 0) return;
  const rules = declaration.attachments;
  if (!rules) {
    throw new Refusal(400, 'validation', `“${declaration.name.en}” takes no attachments`, 'attachments');
  }
  if (files.length > rules.max) {
    throw new Refusal(
      400,
      'too-many-attachments',
      `“${declaration.name.en}” takes at most ${rules.max} attachment${rules.max === 1 ? '' : 's'}`,
      'attachments',
    );
  }
  for (const file of files) {
    if (file.content.length > rules.maxBytes) {
      throw new Refusal(
        413,
        'attachment-too-large',
        `"${file.name}" is larger than ${formatBytes(rules.maxBytes)}, the most one attachment of “${declaration.name.en}” can have`,
        'attachments',
      );
    }
    if (!rules.mediaTypes.includes(baseType(file.mediaType))) {
      throw new Refusal(
        400,
        'attachment-type',
        `"${file.name}" is ${baseType(file.mediaType)}; “${declaration.name.en}” takes ${rules.mediaTypes.join(', ')}`,
        'attachments',
      );
    }
  }
}
