/** Exit codes: 0 success, 1 a refusal (by the server or by a local check), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export interface CliErrorDetails {
  /** The server's error code, e.g. "version-conflict". */
  code?: string;
  /** The input the server or a local check refused, e.g. "version" or "metadata.name.cs". */
  field?: string;
  /** The HTTP status of a refusal by the server. */
  status?: number;
}

/** Anything that ends a command without success: the message is printed as `czp: <message>`. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly code: string | undefined;
  readonly field: string | undefined;
  readonly status: number | undefined;

  constructor(message: string, exitCode: number = EXIT_REFUSED, details: CliErrorDetails = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.code = details.code;
    this.field = details.field;
    this.status = details.status;
  }
}

/** A command line czp cannot make sense of (unknown command or option, missing argument, missing token). */
export class UsageError extends CliError {
  /** The command whose `--help` the user is pointed to, if any. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** A refusal the command has already printed (e.g. the failed lines of `czp check`): only its exit code is left. */
export class ReportedError extends CliError {
  constructor(message: string, details: CliErrorDetails = {}) {
    super(message, EXIT_REFUSED, details);
    this.name = 'ReportedError';
  }
}
