import { PublishError, type PublishErrorCode } from '../publishing/errors.js';

/** What every refusal of the publishing API answers: a code a program can branch on, a sentence a person can act on. */
export interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

/** A refusal of the publishing API with its HTTP status. */
export class PublisherError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'PublisherError';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  body(): ErrorBody {
    return { error: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

const PUBLISH_STATUS: Record<PublishErrorCode, number> = {
  'invalid-metadata': 400,
  'invalid-version': 400,
  'invalid-path': 400,
  'invalid-manifest': 400,
  'missing-file': 400,
  'not-shared-singleton': 400,
  'version-conflict': 409,
  'version-not-higher': 409,
  'issuer-mismatch': 403,
  'unknown-service': 404,
  'unknown-version': 404,
  'origin-not-allowed': 400,
  'remote-unreachable': 502,
  'remote-too-large': 400,
};

const BUNDLE_CODES: ReadonlySet<PublishErrorCode> = new Set([
  'invalid-path',
  'invalid-manifest',
  'missing-file',
  'not-shared-singleton',
]);

/** The request field an error of the publish core is about (it names files such as czp.service.json). */
function requestField(error: PublishError): string | undefined {
  if (error.field === 'version' || error.field?.startsWith('metadata.')) return error.field;
  if (error.file === 'metadata') return error.field ? `metadata.${error.field}` : 'metadata';
  // A remote on the issuer's origin is named by its URL: the request field at fault is baseUrl.
  if (/^https?:/.test(error.file ?? '')) return 'baseUrl';
  if (BUNDLE_CODES.has(error.code)) return 'bundle';
  return error.field;
}

/** The publishing API's view of an error of the publish core; null for anything that is not a refusal. */
export function asPublisherError(error: unknown): PublisherError | null {
  if (error instanceof PublisherError) return error;
  if (error instanceof PublishError) {
    return new PublisherError(PUBLISH_STATUS[error.code], error.code, error.message, requestField(error));
  }
  return null;
}
