import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handlers, outageHandlers } from './handlers.js';

// What the portal emulator (czp dev, czp check) mounts: the page's own origin answers as the portal would.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers KALENDÁŘ’s API on the page’s origin, and 503 with the API down', async () => {
  const items = `${window.location.origin}/api/services/calendar/items?from=2026-12-01&to=2026-12-31`;
  server.resetHandlers(...handlers);
  const answer = await fetch(items);
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { items: unknown[] }).items).toHaveLength(4);
  server.resetHandlers(...outageHandlers);
  expect((await fetch(items)).status).toBe(503);
});
