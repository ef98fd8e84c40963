import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type TestCitizen, type TestPortal, testPortal } from './testing.js';

let portal: TestPortal;
let second: FastifyInstance;
let jan: TestCitizen;

beforeAll(async () => {
  portal = await testPortal();
  second = await portal.another();
  portal.app.submissions.developmentClerk = true;
  second.submissions.developmentClerk = true;
  jan = await signIn(portal.app, 'jan');
}, 60_000);
afterAll(async () => {
  await portal.close();
});

const submit = async () =>
  (await jan.submit('telc', { type: 'prihlaseni-psa', data: JSON.stringify({ name: 'Rex', age: 3 }) })).body
    .id as string;
const stateOf = async (id: string) => (await jan.request('GET', `/api/submissions/${id}`)).body.state as string;
/** Both server processes run what is due, at once. */
const drainBoth = () => Promise.all([portal.app.jobs.drain(), second.jobs.drain()]);

describe('the development clerk', () => {
  it('walks a new submission to a decision within a minute, each step once with two processes', async () => {
    const id = await submit();
    await drainBoth();
    expect(await stateOf(id)).toBe('delivered');
    portal.clock.advance(9_000);
    await drainBoth();
    expect(await stateOf(id)).toBe('delivered');
    portal.clock.advance(1_100);
    await drainBoth();
    expect(await stateOf(id)).toBe('accepted');
    portal.clock.advance(10_000);
    await drainBoth();
    expect(await stateOf(id)).toBe('in-progress');
    portal.clock.advance(20_000);
    await drainBoth();
    const detail = (await jan.request('GET', `/api/submissions/${id}`)).body;
    expect(detail.state).toBe('decided-granted');
    expect(detail.history.map((entry: { state: string; actor: string }) => `${entry.state}:${entry.actor}`)).toEqual([
      'submitted:citizen',
      'delivered:portal',
      'accepted:clerk',
      'in-progress:clerk',
      'decided-granted:clerk',
    ]);
    expect(detail.history[2].note.cs).toContain('automatický úředník');
    const steps = await portal.db.query<{ key: string; done: boolean }>(
      `select key, done_at is not null as done from jobs where kind = 'submissions.clerk-step' and key like $1 order by id`,
      [`${id}:%`],
    );
    expect(steps).toEqual([
      { key: `${id}:accepted`, done: true },
      { key: `${id}:in-progress`, done: true },
      { key: `${id}:decided-granted`, done: true },
    ]);
  });

  it('leaves a submission alone once the citizen withdrew it', async () => {
    const id = await submit();
    expect((await jan.request('POST', `/api/submissions/${id}/withdraw`, { json: {} })).status).toBe(200);
    portal.clock.advance(60_000);
    await drainBoth();
    expect(await stateOf(id)).toBe('withdrawn');
  });

  it('is off unless the wiring turns it on', async () => {
    portal.app.submissions.developmentClerk = false;
    const id = await submit();
    portal.clock.advance(60_000);
    await drainBoth();
    expect(await stateOf(id)).toBe('delivered');
    portal.app.submissions.developmentClerk = true;
  });
});
