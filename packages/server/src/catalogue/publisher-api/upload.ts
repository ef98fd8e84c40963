import { publishFormSchema } from '@czp/contract/api-schemas';
import type { FastifyRequest } from 'fastify';
import { parseOrRefuse, Refusal } from '../../http/refusal.js';

/** What POST /api/publisher/services/:serviceId/versions carries. */
export interface PublishUpload {
  version: string;
  /** czp.service.json, parsed but not validated (the publish core validates it). */
  metadata: unknown;
  activate: boolean;
  /** The gzip-compressed tar of the remote's dist/. */
  bundle: Buffer;
}

export const UPLOAD_LIMITS = { fileBytes: 20 * 1024 * 1024, fieldBytes: 64 * 1024, fields: 10, parts: 12 };

const FORM = 'Send multipart/form-data with the fields version, metadata, activate and the file bundle';
const FIELDS = new Set(['version', 'metadata', 'activate']);

/** Errors of @fastify/multipart and busboy, said as what to fix. */
function multipartError(error: unknown): Refusal | null {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new Refusal(
        413,
        'too-large',
        `The bundle is larger than ${UPLOAD_LIMITS.fileBytes / (1024 * 1024)} MB`,
        'bundle',
      );
    case 'FST_FILES_LIMIT':
      return new Refusal(400, 'bad-request', 'Send one file only: the bundle', 'bundle');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new Refusal(400, 'bad-request', `Too many form fields. ${FORM}`);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new Refusal(415, 'unsupported-media-type', `${FORM}`);
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new Refusal(
        400,
        'invalid-metadata',
        'metadata is not valid JSON; send the content of czp.service.json',
        'metadata',
      );
    case 'FST_PROTO_VIOLATION':
      return new Refusal(400, 'bad-request', `A form field has a forbidden name. ${FORM}`);
    default:
      return error instanceof Error && /multipart|boundary|part terminated/i.test(error.message)
        ? new Refusal(400, 'bad-request', `The form data could not be read (${error.message}). ${FORM}`)
        : null;
  }
}

/** Reads the form in memory within UPLOAD_LIMITS (set on the multipart plugin). */
export async function readPublishUpload(request: FastifyRequest): Promise<PublishUpload> {
  const fields: Record<string, string> = {};
  let bundle: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'bundle') {
          throw new Refusal(400, 'bad-request', `Unexpected file field "${part.fieldname}". ${FORM}`);
        }
        bundle = await part.toBuffer();
        continue;
      }
      if (!FIELDS.has(part.fieldname)) {
        throw new Refusal(400, 'bad-request', `Unexpected field "${part.fieldname}". ${FORM}`);
      }
      if (part.valueTruncated) {
        throw new Refusal(
          413,
          'too-large',
          `The field ${part.fieldname} is larger than ${UPLOAD_LIMITS.fieldBytes / 1024} KB`,
          part.fieldname,
        );
      }
      // A field sent with Content-Type: application/json arrives parsed.
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
    }
  } catch (error) {
    throw multipartError(error) ?? error;
  }
  const form = parseOrRefuse(publishFormSchema, fields, 'form');
  if (!bundle) {
    throw new Refusal(
      400,
      'validation',
      'bundle is required: the file field with a gzip-compressed tar of dist/',
      'bundle',
    );
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(form.metadata);
  } catch (error) {
    throw new Refusal(
      400,
      'invalid-metadata',
      `metadata is not valid JSON (${(error as Error).message}); send the content of czp.service.json`,
      'metadata',
    );
  }
  return { version: form.version, metadata, activate: form.activate === 'true', bundle };
}
