/**
 * How the bus says no. A refusal carries the HTTP status the server answers with, the code the contract names
 * (REGISTER_REFUSALS) and an English message for the logs and the refusal's body; the visible text in the citizen's
 * language comes from the code, not from this message.
 */
import type { RegisterId } from '@czp/contract';
import type { RefusalCode } from './types.js';

export type RefusalStatus = 400 | 403 | 503;

/** 400: the request itself is wrong; 403: the reader may not read it; 503: the read could not be made (or logged). */
export const REFUSAL_STATUS: Record<RefusalCode, RefusalStatus> = {
  'unknown-item': 400,
  'undeclared-read': 403,
  'service-not-added': 403,
  'consent-required': 403,
  'register-unavailable': 503,
  'access-log-unavailable': 503,
};

export class BusRefusal extends Error {
  override readonly name = 'BusRefusal';
  readonly code: RefusalCode;
  readonly status: RefusalStatus;
  /** The register the refused read was for (absent for the register of rights and obligations). */
  readonly register?: RegisterId;

  constructor(code: RefusalCode, message: string, options: { register?: RegisterId; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = REFUSAL_STATUS[code];
    if (options.register !== undefined) this.register = options.register;
  }
}

/**
 * The conversion authority does not know the subject (its 404), or a register does not know the AIFO. Not a fault of
 * the register: it is not retried and does not count towards the register's circuit breaker.
 */
export class UnknownPersonError extends Error {
  override readonly name = 'UnknownPersonError';
}

/** A register answered something that is not what the contract says; retrying would not help. */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
}
