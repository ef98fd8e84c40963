import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionUrl } from './section-routes.js';
import { asIssuer, pdfFile, signIn, type TestCitizen, type TestPortal, TOKENS, testPortal } from './testing.js';

let portal: TestPortal;
let jan: TestCitizen;
let eva: TestCitizen;
let pdf: Buffer;

const SECTION = '/api/services/submissions/submissions';

beforeAll(async () => {
  portal = await testPortal();
  jan = await signIn(portal.app, 'jan');
  eva = await signIn(portal.app, 'eva');
  pdf = await pdfFile();
}, 60_000);
afterAll(async () => {
  await portal.close();
});

const dog = (name: string) => ({ type: 'prihlaseni-psa', data: JSON.stringify({ name, age: 2 }) });

async function moveTo(id: string, states: string[]) {
  for (const status of states) {
    const answer = await asIssuer(portal.app, TOKENS.telc, 'POST', `/api/publisher/submissions/${id}/status`, {
      json: { status, ...(status === 'needs-information' ? { note: 'Doložte očkování.' } : {}) },
    });
    expect(answer.status, status).toBe(200);
  }
}

describe('sectionUrl', () => {
  it('maps the citizen routes and nothing else', () => {
    expect(sectionUrl('/api/submissions')).toBe(SECTION);
    expect(sectionUrl('/api/submissions/:id/withdraw')).toBe(`${SECTION}/:id/withdraw`);
    expect(sectionUrl('/api/submissionsx')).toBeNull();
    expect(sectionUrl('/api/publisher/submissions')).toBeNull();
    expect(sectionUrl('/api/services/:serviceId/submissions')).toBeNull();
  });
});

describe('PODÁNÍ’s routes below /api/services/submissions/', () => {
  it('list and detail answer the same as /api/submissions, filters and refusals too', async () => {
    const submitted = await jan.submit('telc', dog('Rex'), [{ name: 'ockovani.pdf', content: pdf }]);
    expect(submitted.status).toBe(201);
    await jan.submit('znojmo', { type: 'poplatek', data: JSON.stringify({ persons: 2 }) });
    for (const query of ['', '?service=telc', '?state=delivered', '?service=znojmo&state=withdrawn']) {
      const original = await jan.request('GET', `/api/submissions${query}`);
      const alias = await jan.request('GET', `${SECTION}${query}`);
      expect(alias.status, query).toBe(200);
      expect(alias.body, query).toEqual(original.body);
    }
    expect((await jan.request('GET', SECTION)).body.submissions.length).toBe(2);
    const bad = await jan.request('GET', `${SECTION}?state=lost`);
    expect(bad).toMatchObject({ status: 400, body: { field: 'state' } });

    const id = submitted.body.id as string;
    const detail = await jan.request('GET', `${SECTION}/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual((await jan.request('GET', `/api/submissions/${id}`)).body);
    expect(detail.headers['cache-control']).toBe('private, no-store');
    const file = await jan.request('GET', `${SECTION}/${id}/attachments/0`);
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain('ockovani.pdf');
  });

  it('answers 404 for another citizen’s submission, its files, conversation and actions', async () => {
    const mine = (await jan.submit('telc', dog('Mine'), [{ name: 'a.pdf', content: pdf }])).body;
    expect((await eva.request('GET', `${SECTION}/${mine.id}`)).status).toBe(404);
    expect((await eva.request('GET', `${SECTION}/${mine.id}/attachments/0`)).status).toBe(404);
    expect((await eva.request('GET', `${SECTION}/${mine.id}/conversation`)).status).toBe(404);
    expect((await eva.request('POST', `${SECTION}/${mine.id}/withdraw`, { json: {} })).status).toBe(404);
    expect((await eva.request('POST', `${SECTION}/${mine.id}/supplement`, { form: { note: 'x' } })).status).toBe(404);
    expect((await jan.request('GET', `${SECTION}/not-a-uuid`)).status).toBe(404);
    expect((await jan.request('GET', `${SECTION}/${mine.id}`)).body.state).toBe('delivered');
  });

  it('needs a session, and CSRF on the POSTs', async () => {
    expect((await portal.app.inject({ url: SECTION })).statusCode).toBe(401);
    const mine = (await jan.submit('telc', dog('Csrf'))).body;
    const withoutCsrf = await portal.app.inject({ method: 'POST', url: `${SECTION}/${mine.id}/withdraw`, payload: {} });
    expect(withoutCsrf.statusCode).toBe(403);
  });

  it('withdraws, refusing a second time with 409 as the original does', async () => {
    const submission = (await jan.submit('telc', dog('Gone'))).body;
    const withdrawn = await jan.request('POST', `${SECTION}/${submission.id}/withdraw`, { json: { note: 'Už ne.' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ previousState: 'delivered', submission: { state: 'withdrawn' } });
    const again = await jan.request('POST', `${SECTION}/${submission.id}/withdraw`, { json: {} });
    const original = await jan.request('POST', `/api/submissions/${submission.id}/withdraw`, { json: {} });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(original.body);
  });

  it('supplements with files when asked, and shows the conversation in the citizen’s data box', async () => {
    const submission = (await jan.submit('telc', dog('More'))).body;
    const early = await jan.request('POST', `${SECTION}/${submission.id}/supplement`, { form: { note: 'Posílám' } });
    expect(early.status).toBe(409);
    await moveTo(submission.id, ['accepted', 'in-progress', 'needs-information']);
    const empty = await jan.request('POST', `${SECTION}/${submission.id}/supplement`, { form: {} });
    expect(empty).toMatchObject({ status: 400, body: { field: 'note' } });
    const supplemented = await jan.request('POST', `${SECTION}/${submission.id}/supplement`, {
      form: { note: 'Očkovací průkaz přikládám.' },
      files: [{ name: 'prukaz.pdf', content: pdf }],
    });
    expect(supplemented.status).toBe(200);
    expect(supplemented.body.submission.state).toBe('supplemented');

    const conversation = await jan.request('GET', `${SECTION}/${submission.id}/conversation`);
    expect(conversation.status).toBe(200);
    expect(conversation.body).toEqual(
      (await jan.request('GET', `/api/services/data-box/conversations/${submission.conversationId}`)).body,
    );
    expect(conversation.body.messages).toHaveLength(6);
    expect(conversation.body.messages.at(-1)).toMatchObject({
      direction: 'sent',
      attachments: [{ name: 'prukaz.pdf' }],
    });
  });
});
