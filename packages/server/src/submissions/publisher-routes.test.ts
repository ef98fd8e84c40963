import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asIssuer, pdfFile, signIn, type TestCitizen, type TestPortal, TOKENS, testPortal } from './testing.js';

let portal: TestPortal;
let jan: TestCitizen;
let telcId: string;
let znojmoId: string;
let pdf: Buffer;

const telc = (method: 'GET' | 'POST', url: string, body?: Parameters<typeof asIssuer>[4]) =>
  asIssuer(portal.app, TOKENS.telc, method, url, body);
const znojmo = (method: 'GET' | 'POST', url: string, body?: Parameters<typeof asIssuer>[4]) =>
  asIssuer(portal.app, TOKENS.znojmo, method, url, body);

beforeAll(async () => {
  portal = await testPortal();
  jan = await signIn(portal.app, 'jan');
  pdf = await pdfFile();
  telcId = (
    await jan.submit('telc', { type: 'prihlaseni-psa', data: JSON.stringify({ name: 'Rex', age: 3 }) }, [
      { name: 'ockovani.pdf', content: pdf },
    ])
  ).body.id;
  znojmoId = (await jan.submit('znojmo', { type: 'poplatek', data: JSON.stringify({ persons: 3 }) })).body.id;
}, 60_000);
afterAll(async () => {
  await portal.close();
});

describe('the issuer’s submissions', () => {
  it('lists only its own services’ submissions, with the citizen’s name', async () => {
    const list = await telc('GET', '/api/publisher/submissions');
    expect(list.status).toBe(200);
    expect(list.body.issuerId).toBe('mesto-telc');
    expect(list.body.submissions.map((item: { id: string }) => item.id)).toEqual([telcId]);
    expect(list.body.submissions[0]).toMatchObject({ state: 'delivered', citizen: { name: 'Jan Novák' } });
    const theirs = await znojmo('GET', '/api/publisher/submissions');
    expect(theirs.body.submissions.map((item: { id: string }) => item.id)).toEqual([znojmoId]);
    const filtered = await telc('GET', '/api/publisher/submissions?service=telc&state=delivered');
    expect(filtered.body.submissions).toHaveLength(1);
    expect((await telc('GET', '/api/publisher/submissions?state=accepted')).body.submissions).toEqual([]);
  });

  it('refuses another issuer: 403 by service, 404 by id, and nothing changes', async () => {
    const byService = await telc('GET', '/api/publisher/submissions?service=znojmo');
    expect(byService).toMatchObject({ status: 403, body: { error: 'issuer-mismatch', field: 'service' } });
    expect((await telc('GET', `/api/publisher/submissions/${znojmoId}`)).status).toBe(404);
    expect((await znojmo('GET', `/api/publisher/submissions/${telcId}/attachments/0`)).status).toBe(404);
    const change = await znojmo('POST', `/api/publisher/submissions/${telcId}/status`, {
      json: { status: 'accepted' },
    });
    expect(change.status).toBe(404);
    const detail = await telc('GET', `/api/publisher/submissions/${telcId}`);
    expect(detail.body.state).toBe('delivered');
  });

  it('needs a valid token', async () => {
    const none = await portal.app.inject({ url: '/api/publisher/submissions' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    const wrong = await asIssuer(portal.app, 'czp_wrong', 'GET', '/api/publisher/submissions');
    expect(wrong).toMatchObject({ status: 401, body: { error: 'token-invalid' } });
  });

  it('reads one with its data, history and files', async () => {
    const detail = await telc('GET', `/api/publisher/submissions/${telcId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: telcId,
      data: { name: 'Rex', age: 3 },
      citizen: { name: 'Jan Novák' },
      attachments: [{ position: 0, name: 'ockovani.pdf', mediaType: 'application/pdf' }],
    });
    expect(detail.body.actions).toBeUndefined();
    const file = await portal.app.inject({
      url: `/api/publisher/submissions/${telcId}/attachments/0`,
      headers: { authorization: `Bearer ${TOKENS.telc}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('moves it on with a note: history, a message in the citizen’s box and a submissions.changed job', async () => {
    const accepted = await telc('POST', `/api/publisher/submissions/${telcId}/status`, {
      json: { status: 'accepted', note: { cs: 'Přijato, č. j. MUTE/123.', en: 'Accepted, ref. MUTE/123.' } },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ previousState: 'delivered', submission: { id: telcId, state: 'accepted' } });
    const progress = await telc('POST', `/api/publisher/submissions/${telcId}/status`, {
      form: { status: 'in-progress', note: 'Vyřizuje Ing. Dvořáková.' },
      files: [{ name: 'vyzva.pdf', content: pdf }],
    });
    expect(progress.status).toBe(200);
    const detail = (await jan.request('GET', `/api/submissions/${telcId}`)).body;
    expect(detail.history.slice(2)).toMatchObject([
      {
        seq: 3,
        state: 'accepted',
        actor: 'authority',
        note: { cs: 'Přijato, č. j. MUTE/123.', en: 'Accepted, ref. MUTE/123.' },
      },
      {
        seq: 4,
        state: 'in-progress',
        actor: 'authority',
        note: { cs: 'Vyřizuje Ing. Dvořáková.', en: 'Vyřizuje Ing. Dvořáková.' },
        attachments: [{ name: 'vyzva.pdf', seq: 4 }],
      },
    ]);
    const inbox = await jan.request('GET', '/api/services/data-box/messages?folder=inbox');
    const subjects = inbox.body.messages.map((message: { subject: string }) => message.subject);
    expect(subjects.some((subject: string) => subject.includes(detail.reference) && subject.includes('Přijato'))).toBe(
      true,
    );
    const jobs = await portal.db.query<{ payload: { submissionId: string; state: string; seq: number } }>(
      `select payload from jobs where kind = 'submissions.changed' and payload->>'submissionId' = $1 order by id`,
      [telcId],
    );
    expect(jobs.map((job) => job.payload.state)).toEqual(['submitted', 'delivered', 'accepted', 'in-progress']);
    await portal.app.jobs.drain();
    const [pending] = await portal.db.query<{ n: number }>(
      `select count(*)::int as n from jobs where kind like 'submissions.%' and done_at is null`,
    );
    expect(pending?.n).toBe(0);
  });

  it('refuses an illegal transition with 409 naming the state, and a state that is not the issuer’s to set', async () => {
    const back = await telc('POST', `/api/publisher/submissions/${telcId}/status`, { json: { status: 'accepted' } });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({ error: 'illegal-transition' });
    expect(back.body.message).toContain('is in-progress');
    const skip = await znojmo('POST', `/api/publisher/submissions/${znojmoId}/status`, {
      json: { status: 'decided-granted' },
    });
    expect(skip.status).toBe(409);
    expect(skip.body.message).toContain('is delivered');
    const withdraw = await telc('POST', `/api/publisher/submissions/${telcId}/status`, {
      json: { status: 'withdrawn' },
    });
    expect(withdraw).toMatchObject({ status: 400, body: { field: 'status' } });
    const unknown = await telc('POST', `/api/publisher/submissions/${telcId}/status`, { json: { status: 'lost' } });
    expect(unknown).toMatchObject({ status: 400, body: { field: 'status' } });
    const granted = await telc('POST', `/api/publisher/submissions/${telcId}/status`, {
      json: { status: 'decided-granted' },
    });
    expect(granted.status).toBe(200);
    const after = await telc('POST', `/api/publisher/submissions/${telcId}/status`, {
      json: { status: 'in-progress' },
    });
    expect(after.status).toBe(409);
    expect(after.body.message).toContain('is decided-granted');
  });
});
