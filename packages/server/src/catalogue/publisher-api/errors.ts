import { Refusal } from '../../http/refusal.js';
import { PublishError, type PublishErrorCode } from '../publishing/errors.js';

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

/**
 * The one place a refusal of the publish core (which names files such as czp.service.json) becomes the publishing
 * API's refusal (which names request fields); null for anything that is not a refusal.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof Refusal) return error;
  if (error instanceof PublishError) {
    return new Refusal(PUBLISH_STATUS[error.code], error.code, error.message, requestField(error));
  }
  return null;
}
