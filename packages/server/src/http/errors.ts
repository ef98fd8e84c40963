import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_MESSAGE } from './csrf.js';
import { Refusal } from './refusal.js';
import {
  isDatabaseUnavailable,
  isNavigation,
  RETRY_AFTER_SECONDS,
  UNAVAILABLE_MESSAGE,
  type UnavailablePage,
} from './unavailable.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by the page layer: the frame with "temporarily unavailable", for navigations while the database is away. */
    unavailablePage?: UnavailablePage;
  }
}

/** Fastify's own refusals of a body, said as what to send instead. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (Content-Type: application/json)',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
};

/** The message of a framework error (body parsing): a sentence a person can act on where Fastify's is technical. */
export function frameworkMessage(error: FastifyError): string {
  return (
    FRAMEWORK_MESSAGES[error.code] ??
    (error instanceof SyntaxError ? (FRAMEWORK_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY as string) : error.message)
  );
}

/**
 * The one error handler: a feature's Refusal as `{ error, message, field? }`, the framework's 4xx (CSRF, rate limit,
 * body parsing) in the same shape, the database out of reach as a 503 (the page for a navigation, JSON
 * `unavailable` for the API), and anything else as a 500 that says nothing of the inside.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof Refusal) return reply.code(error.status).send(error.body());
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'the database cannot be reached');
    const page = request.server.unavailablePage;
    if (page && isNavigation(request)) return page(request, reply);
    return reply
      .code(503)
      .header('Retry-After', String(RETRY_AFTER_SECONDS))
      .header('Cache-Control', 'no-store')
      .send({ error: 'unavailable', message: UNAVAILABLE_MESSAGE });
  }
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (error.code?.startsWith('FST_CSRF')) {
    return reply.code(403).send({ error: 'csrf', message: CSRF_MESSAGE });
  }
  if (status === 429) {
    return reply.code(429).send({ error: 'rate-limited', message: error.message });
  }
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(status)
      .send({ error: 'internal', message: 'Something went wrong on our side. Try again later.' });
  }
  return reply
    .code(status)
    .send({ error: status === 413 ? 'too-large' : 'bad-request', message: frameworkMessage(error) });
}
