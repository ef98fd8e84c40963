import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handlers, outageHandlers } from './handlers.js';

// What the portal emulator (czp dev, czp check) mounts: the page's own origin answers as the portal would.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers PODÁNÍ’s API on the page’s origin, and 503 with the API down', async () => {
  const list = `${window.location.origin}/api/services/submissions/submissions`;
  server.resetHandlers(...handlers);
  const answer = await fetch(list);
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { submissions: unknown[] }).submissions).toHaveLength(4);
  server.resetHandlers(...outageHandlers);
  expect((await fetch(list)).status).toBe(503);
});
