import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asIssuer, count, pdfFile, signIn, type TestCitizen, type TestPortal, TOKENS, testPortal } from './testing.js';

let portal: TestPortal;
let jan: TestCitizen;
let eva: TestCitizen;
let pdf: Buffer;

beforeAll(async () => {
  portal = await testPortal();
  jan = await signIn(portal.app, 'jan');
  eva = await signIn(portal.app, 'eva');
  pdf = await pdfFile();
}, 60_000);
afterAll(async () => {
  await portal.close();
});

const dog = (data: object, extra: Record<string, string> = {}) => ({
  type: 'prihlaseni-psa',
  data: JSON.stringify(data),
  ...extra,
});

async function stored() {
  return {
    submissions: await count(portal.db, 'submissions'),
    messages: await count(portal.db, 'messages'),
    history: await count(portal.db, 'submission_history'),
    counters: await count(portal.db, 'submission_counters'),
  };
}

describe('submitting', () => {
  it('stores a valid submission with a reference number and delivers it to the issuer’s box with its files', async () => {
    const answer = await jan.submit('telc', dog({ name: 'Rex', age: 3 }), [{ name: 'ockovani.pdf', content: pdf }]);
    expect(answer.status).toBe(201);
    const submission = answer.body;
    expect(submission).toMatchObject({
      serviceId: 'telc',
      issuer: { id: 'mesto-telc' },
      type: 'prihlaseni-psa',
      typeName: { cs: 'Přihlášení psa', en: 'Registering a dog' },
      state: 'delivered',
      data: { name: 'Rex', age: 3 },
      actions: { withdraw: true, supplement: false },
    });
    expect(submission.reference).toMatch(/^TEL-2026-\d{6}$/);
    expect(submission.history.map((entry: { state: string; actor: string }) => [entry.state, entry.actor])).toEqual([
      ['submitted', 'citizen'],
      ['delivered', 'portal'],
    ]);
    expect(submission.attachments).toEqual([
      { position: 0, seq: 1, name: 'ockovani.pdf', size: pdf.length, mediaType: 'application/pdf' },
    ]);
    expect(submission.history[0].attachments).toHaveLength(1);

    // The data message went from Jan's box to Telč's authority box, in the submission's conversation, with the file.
    const messages = await portal.db.query<{
      direction: string;
      counterpart_box_id: string;
      status: string;
      subject: string;
    }>('select direction, counterpart_box_id, status, subject from messages where conversation_id = $1 order by seq', [
      submission.conversationId,
    ]);
    expect(messages).toEqual([
      {
        direction: 'sent',
        counterpart_box_id: 'mesto-telc',
        status: 'delivered',
        subject: expect.stringContaining(submission.reference),
      },
      {
        direction: 'received',
        counterpart_box_id: 'mesto-telc',
        status: 'delivered',
        subject: expect.stringContaining('Doručeno'),
      },
    ]);
    const conversation = await jan.request('GET', `/api/services/data-box/conversations/${submission.conversationId}`);
    expect(conversation.status).toBe(200);
    expect(conversation.body.messages[0].attachments).toEqual([
      { position: 0, name: 'ockovani.pdf', size: pdf.length, mediaType: 'application/pdf' },
    ]);
    expect(conversation.body.messages[0].body).toContain('"name": "Rex"');

    const download = await jan.request('GET', `/api/submissions/${submission.id}/attachments/0`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it('numbers submissions per issuer and year', async () => {
    const first = await jan.submit('telc', dog({ name: 'A', age: 1 }));
    const second = await eva.submit('telc', dog({ name: 'B', age: 2 }));
    const fee = await eva.submit('znojmo', { type: 'poplatek', data: JSON.stringify({ persons: 2 }) });
    const number = (reference: string) => Number(reference.split('-')[2]);
    expect(number(second.body.reference)).toBe(number(first.body.reference) + 1);
    expect(fee.body.reference).toMatch(/^ZNO-2026-000001$/);
  });

  it('refuses data the declared schema does not accept, naming the field by JSON pointer, and stores nothing', async () => {
    const before = await stored();
    const cases: [Record<string, string>, string, RegExp][] = [
      [dog({ age: 3 }), '/name', /\/name is required/],
      [dog({ name: 'Rex', age: 'three' }), '/age', /must be integer/],
      [dog({ name: 'Rex', age: 31 }), '/age', /must be <= 30/],
      [dog({ name: 'Rex', age: 3, chip: '12' }), '/chip', /must match pattern/],
      [dog({ name: 'Rex', age: 3, owner: { email: 'no' } }), '/owner/email', /must match format "email"/],
      [dog({ name: 'Rex', age: 3, colour: 'black' }), '/colour', /not a field of this form/],
      [{ type: 'prihlaseni-psa', data: '{"name": ' }, 'data', /JSON/],
      [{ type: 'prihlaseni-psa', data: '[1]' }, 'data', /object/],
      [{ type: 'prihlaseni-koze', data: '{}' }, 'type', /no submission type "prihlaseni-koze"; it has: prihlaseni-psa/],
      [{ data: '{}' }, 'type', /type is required/],
    ];
    for (const [fields, field, message] of cases) {
      const answer = await jan.submit('telc', fields);
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect(answer.body.field, JSON.stringify(fields)).toBe(field);
      expect(answer.body.message).toMatch(message);
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses files the type does not allow, and a service that takes none', async () => {
    const before = await stored();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const tooMany = await jan.submit('telc', dog({ name: 'Rex', age: 3 }), [
      { name: 'a.pdf', content: pdf },
      { name: 'b.pdf', content: pdf },
      { name: 'c.pdf', content: pdf },
    ]);
    expect(tooMany).toMatchObject({ status: 400, body: { field: 'attachments', error: 'too-many-attachments' } });
    const wrongType = await jan.submit('telc', dog({ name: 'Rex', age: 3 }), [
      { name: 'a.png', content: png, type: 'image/png' },
    ]);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ field: 'attachments', error: 'attachment-type' });
    const none = await jan.submit('znojmo', { type: 'poplatek', data: '{"persons": 1}' }, [
      { name: 'a.pdf', content: pdf },
    ]);
    expect(none.body).toMatchObject({ field: 'attachments', message: expect.stringContaining('takes no attachments') });
    const lysa = await jan.submit('lysa', { type: 'cokoli', data: '{}' });
    expect(lysa.body).toMatchObject({ field: 'type', message: 'The service lysa accepts no submissions' });
    const unknown = await jan.submit('nikde', { type: 'cokoli', data: '{}' });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'not-in-catalogue' } });
    expect(await stored()).toEqual(before);
  });

  it('makes one submission of 20 concurrent POSTs with one idempotency key', async () => {
    const before = await stored();
    const key = `key-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => jan.submit('telc', dog({ name: 'Same', age: 5 }, { idempotencyKey: key }))),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(answers.find((answer) => answer.status === 200)?.headers['idempotent-replayed']).toBe('true');
    const after = await stored();
    expect(after.submissions).toBe(before.submissions + 1);
    // The citizen's message and the portal's receipt: once.
    expect(after.messages).toBe(before.messages + 2);
    // Eva's same key is hers: a submission of her own.
    const evas = await eva.submit('telc', dog({ name: 'Same', age: 5 }, { idempotencyKey: key }));
    expect(evas.status).toBe(201);
    expect(evas.body.id).not.toBe(answers[0]?.body.id);
  });

  it('needs a session, the portal consent, the CSRF token and a data box', async () => {
    const signedOut = await portal.app.inject({ method: 'GET', url: '/api/submissions' });
    expect(signedOut.statusCode).toBe(401);
    const lenka = await signIn(portal.app, 'lenka', 'pending');
    expect((await lenka.request('GET', '/api/submissions')).status).toBe(403);
    const petr = await signIn(portal.app, 'petr');
    const noBox = await petr.submit('telc', dog({ name: 'Rex', age: 3 }));
    expect(noBox).toMatchObject({ status: 403, body: { error: 'no-data-box' } });
    const withoutCsrf = await portal.app.inject({
      method: 'POST',
      url: '/api/services/telc/submissions',
      payload: { type: 'prihlaseni-psa', data: '{}' },
    });
    expect(withoutCsrf.statusCode).toBe(403);
  });
});

describe('the citizen’s submissions', () => {
  it('lists only the citizen’s own, newest first, by service and state', async () => {
    const all = await jan.request('GET', '/api/submissions');
    expect(all.status).toBe(200);
    const times = all.body.submissions.map((item: { submittedAt: string }) => item.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.body.submissions.length).toBeGreaterThan(2);
    const evas = await eva.request('GET', '/api/submissions');
    const janIds = new Set(all.body.submissions.map((item: { id: string }) => item.id));
    expect(evas.body.submissions.some((item: { id: string }) => janIds.has(item.id))).toBe(false);
    const znojmo = await eva.request('GET', '/api/submissions?service=znojmo');
    expect(znojmo.body.submissions.map((item: { serviceId: string }) => item.serviceId)).toEqual(['znojmo']);
    const delivered = await jan.request('GET', '/api/submissions?state=withdrawn');
    expect(delivered.body.submissions).toEqual([]);
    const bad = await jan.request('GET', '/api/submissions?state=lost');
    expect(bad).toMatchObject({ status: 400, body: { field: 'state' } });
    const service = await jan.request('GET', '/api/services/telc/submissions');
    expect(service.body.submissions.length).toBe(
      all.body.submissions.filter((s: { serviceId: string }) => s.serviceId === 'telc').length,
    );
  });

  it('answers 404 for another citizen’s submission by id, its files too', async () => {
    const mine = (await jan.submit('telc', dog({ name: 'Mine', age: 1 }), [{ name: 'a.pdf', content: pdf }])).body;
    expect((await eva.request('GET', `/api/submissions/${mine.id}`)).status).toBe(404);
    expect((await eva.request('GET', `/api/submissions/${mine.id}/attachments/0`)).status).toBe(404);
    expect((await eva.request('POST', `/api/submissions/${mine.id}/withdraw`, { json: {} })).status).toBe(404);
    expect((await jan.request('GET', '/api/submissions/not-a-uuid')).status).toBe(404);
    expect((await jan.request('GET', `/api/submissions/${mine.id}`)).status).toBe(200);
  });

  it('withdraws where allowed, and refuses a second withdrawal naming the state', async () => {
    const submission = (await jan.submit('telc', dog({ name: 'Gone', age: 2 }))).body;
    const withdrawn = await jan.request('POST', `/api/submissions/${submission.id}/withdraw`, {
      json: { note: 'Pes se odstěhoval.' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ previousState: 'delivered', submission: { state: 'withdrawn' } });
    const again = await jan.request('POST', `/api/submissions/${submission.id}/withdraw`, { json: {} });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('is withdrawn');
    const detail = (await jan.request('GET', `/api/submissions/${submission.id}`)).body;
    expect(detail.history.at(-1)).toMatchObject({
      state: 'withdrawn',
      actor: 'citizen',
      note: { cs: 'Pes se odstěhoval.', en: 'Pes se odstěhoval.' },
    });
    expect(detail.actions).toEqual({ withdraw: false, supplement: false });
    // The issuer cannot move it on.
    const moved = await asIssuer(
      portal.app,
      TOKENS.telc,
      'POST',
      `/api/publisher/submissions/${submission.id}/status`,
      {
        json: { status: 'accepted' },
      },
    );
    expect(moved.status).toBe(409);
  });

  it('supplements only when asked for more information, with files', async () => {
    const submission = (await jan.submit('telc', dog({ name: 'More', age: 4 }))).body;
    const early = await jan.request('POST', `/api/submissions/${submission.id}/supplement`, {
      form: { note: 'Posílám' },
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('is delivered');
    for (const status of ['accepted', 'in-progress', 'needs-information']) {
      const answer = await asIssuer(
        portal.app,
        TOKENS.telc,
        'POST',
        `/api/publisher/submissions/${submission.id}/status`,
        {
          json: {
            status,
            note:
              status === 'needs-information'
                ? { cs: 'Doložte očkování.', en: 'Send the vaccination card.' }
                : undefined,
          },
        },
      );
      expect(answer.status, status).toBe(200);
    }
    const asked = (await jan.request('GET', `/api/submissions/${submission.id}`)).body;
    expect(asked.actions).toEqual({ withdraw: false, supplement: true });
    expect((await jan.request('POST', `/api/submissions/${submission.id}/withdraw`, { json: {} })).status).toBe(409);
    const empty = await jan.request('POST', `/api/submissions/${submission.id}/supplement`, { form: {} });
    expect(empty).toMatchObject({ status: 400, body: { field: 'note' } });
    const supplemented = await jan.request('POST', `/api/submissions/${submission.id}/supplement`, {
      form: { note: 'Očkovací průkaz přikládám.' },
      files: [{ name: 'prukaz.pdf', content: pdf }],
    });
    expect(supplemented.status).toBe(200);
    expect(supplemented.body.submission.state).toBe('supplemented');
    const detail = (await jan.request('GET', `/api/submissions/${submission.id}`)).body;
    expect(detail.history.map((entry: { state: string }) => entry.state)).toEqual([
      'submitted',
      'delivered',
      'accepted',
      'in-progress',
      'needs-information',
      'supplemented',
    ]);
    expect(detail.history.at(-1).attachments).toEqual([
      { position: 0, seq: 6, name: 'prukaz.pdf', size: pdf.length, mediaType: 'application/pdf' },
    ]);
    // Every change is a message of the conversation in the data box.
    const conversation = await jan.request('GET', `/api/services/data-box/conversations/${detail.conversationId}`);
    expect(conversation.body.messages).toHaveLength(6);
    expect(conversation.body.messages[4].body).toContain('Doložte očkování.');
    expect(conversation.body.messages[5]).toMatchObject({ direction: 'sent', attachments: [{ name: 'prukaz.pdf' }] });
  });
});
