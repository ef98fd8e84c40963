/**
 * A "supplement by" day given with needs-information (the publishing API's status change) shows in the citizen's
 * calendar, leading to the submission; a deadline with another state or a malformed one is 400 naming the field.
 */
import { CALENDAR_API_PREFIX } from '@czp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asIssuer, signIn, type TestCitizen, type TestPortal, TOKENS, testPortal } from '../submissions/testing.js';

let portal: TestPortal;
let jan: TestCitizen;
let eva: TestCitizen;

beforeAll(async () => {
  portal = await testPortal();
  jan = await signIn(portal.app, 'jan');
  eva = await signIn(portal.app, 'eva');
}, 60_000);
afterAll(async () => {
  await portal.close();
});

const status = (id: string, json: object) =>
  asIssuer(portal.app, TOKENS.telc, 'POST', `/api/publisher/submissions/${id}/status`, { json });

describe('submission deadlines', () => {
  it('come from needs-information with a deadline and lead to the submission', async () => {
    const submitted = await jan.submit('telc', {
      type: 'prihlaseni-psa',
      data: JSON.stringify({ name: 'Rex', age: 2 }),
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    expect((await status(id, { status: 'accepted', deadline: '2026-12-15' })).body).toMatchObject({
      field: 'deadline',
    });
    expect((await status(id, { status: 'accepted' })).status).toBe(200);
    expect((await status(id, { status: 'in-progress' })).status).toBe(200);
    expect((await status(id, { status: 'needs-information', deadline: '2026-12-32' })).body.field).toBe('deadline');
    expect(
      (await status(id, { status: 'needs-information', note: 'Doložte očkování.', deadline: '2026-12-15' })).status,
    ).toBe(200);

    const december = `${CALENDAR_API_PREFIX}/items?from=2026-12-01&to=2026-12-31`;
    const items = (await jan.request('GET', december)).body.items;
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'submission-deadline', date: '2026-12-15', link: `/services/submissions/${id}` }),
    );
    expect((await eva.request('GET', december)).body.items).toEqual([]);

    // Supplemented: no longer a deadline.
    const supplemented = await jan.request('POST', `/api/submissions/${id}/supplement`, { form: { note: 'Posílám.' } });
    expect(supplemented.status).toBe(200);
    const after = (await jan.request('GET', december)).body.items;
    expect(after.some((item: { kind: string }) => item.kind === 'submission-deadline')).toBe(false);
  }, 30_000);
});
