import { GateError, type GateErrorCode } from '@czp/publishing-gate';

export type PublishErrorCode =
  | 'invalid-metadata'
  | 'invalid-version'
  | 'invalid-path'
  | 'invalid-manifest'
  | 'missing-file'
  | 'not-shared-singleton'
  | 'version-conflict'
  | 'version-not-higher'
  | 'issuer-mismatch'
  | 'unknown-service'
  | 'unknown-version'
  | 'origin-not-allowed'
  | 'remote-unreachable'
  | 'remote-too-large';

/** A refused publish: the message says what is wrong and where; nothing stored has changed. */
export class PublishError extends Error {
  readonly code: PublishErrorCode;
  readonly file: string | undefined;
  readonly field: string | undefined;

  constructor(code: PublishErrorCode, message: string, details: { file?: string; field?: string } = {}) {
    super(message);
    this.name = 'PublishError';
    this.code = code;
    this.file = details.file;
    this.field = details.field;
  }
}

/** The gate's refusals are the publish core's: the same messages, under the API's codes. */
const GATE_CODES: Record<GateErrorCode, PublishErrorCode> = {
  'invalid-metadata': 'invalid-metadata',
  'invalid-version': 'invalid-version',
  'invalid-path': 'invalid-path',
  'invalid-manifest': 'invalid-manifest',
  'missing-file': 'missing-file',
  'not-shared-singleton': 'not-shared-singleton',
  'too-large': 'remote-too-large',
};

/** Runs checks of @czp/publishing-gate (the code `czp check` runs too); a refusal of the gate becomes a PublishError. */
export function throughGate<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof GateError) {
      throw new PublishError(GATE_CODES[error.code], error.message, { file: error.file, field: error.field });
    }
    throw error;
  }
}
