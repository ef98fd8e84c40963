/** Why the gate refuses a bundle; the server answers each with its own HTTP status. */
export type GateErrorCode =
  | 'invalid-metadata'
  | 'invalid-version'
  | 'invalid-path'
  | 'invalid-manifest'
  | 'missing-file'
  | 'not-shared-singleton'
  | 'too-large';

/** A refusal by the gate: the message says what is wrong, where, and what to change. */
export class GateError extends Error {
  readonly code: GateErrorCode;
  /** The file the refusal is about, as the labels name it (e.g. remotes/telc/dist/mf-manifest.json). */
  readonly file: string | undefined;
  /** The field inside that file, e.g. support.email or shared. */
  readonly field: string | undefined;

  constructor(code: GateErrorCode, message: string, details: { file?: string; field?: string } = {}) {
    super(message);
    this.name = 'GateError';
    this.code = code;
    this.file = details.file;
    this.field = details.field;
  }
}
