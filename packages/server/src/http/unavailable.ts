import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a client should wait before trying again while the database is away (seconds, `Retry-After`). */
export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_MESSAGE = 'The portal is temporarily unavailable. Please try again in a few minutes.';

// Node's socket errors and PostgreSQL's connection classes (08…, 57P01–57P03: the server shut down or is starting).
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
// What pg and PGlite say when the connection went away, or the embedded database was closed.
const CONNECTION_MESSAGES =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|pglite is closed|database is closed|client has encountered a connection error|client was closed/i;

/** Is this error the database being out of reach (down, restarting, network), not a query's own fault? */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/**
 * Draws the portal's page (the frame with a "temporarily unavailable" message) for a navigation that failed because
 * the database is away; the page layer provides it (page/register.ts), the error handler calls it.
 */
export type UnavailablePage = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** A browser navigation (not an API call or a file): it gets the page rather than JSON. */
export function isNavigation(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  return (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|remotes|static|assets)(\/|$)/.test(route);
}
