import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header a request id comes in on (from the reverse proxy) and goes back out on. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What an incoming id may look like to be kept: short, and nothing that could forge a log line or a header. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Fastify's genReqId: the proxy's `x-request-id` when it is a safe short token (so one id follows a request through
 * nginx and the portal's logs), else a fresh UUID. Anything else a client sends is ignored, not trusted.
 */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
