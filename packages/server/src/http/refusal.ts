import type { ApiRefusal } from '@czp/contract';
import type { ZodType, z } from 'zod';

/**
 * A request the server refuses, with its HTTP status. Every feature throws it; the one error handler (http/errors.ts)
 * answers it as `{ error, message, field? }`.
 */
export class Refusal extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'Refusal';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  body(): ApiRefusal {
    return { error: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/**
 * The value as the schema parses it, or a 400 `validation` refusal with the first issue's message and its path as
 * the field (`metadata.name.cs`). `what` names the part of the request when zod says nothing (`The query is not valid`).
 */
export function parseOrRefuse<T extends ZodType>(schema: T, value: unknown, what = 'request'): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw new Refusal(400, 'validation', issue?.message ?? `The ${what} is not valid`, field);
}
