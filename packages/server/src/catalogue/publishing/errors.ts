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
