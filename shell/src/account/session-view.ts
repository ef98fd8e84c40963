import type { SessionView } from '@czp/contract';

/** A session view from the API, shape-checked (the server validates what it sends; zod stays off this path). */
export function sessionViewOf(body: unknown): SessionView | null {
  if (typeof body !== 'object' || body === null || !('person' in body) || !('idleTimeoutSeconds' in body)) return null;
  return body as SessionView;
}
