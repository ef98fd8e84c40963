import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './testing.js';
import {
  issuerRequest,
  type Received,
  type Receiver,
  startReceiver,
  WEBHOOK_TOKENS,
  type WebhookPortal,
  webhookPortal,
} from './webhook-testing.js';
import { systemResolver } from './webhook-url.js';

let portal: WebhookPortal;
let receiver: Receiver;
let secret: string;

const WEBHOOK = '/api/publisher/services/telc/webhook';
const telc = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, json?: object) =>
  issuerRequest(portal.app, WEBHOOK_TOKENS.telc, method, url, json);
const znojmo = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, json?: object) =>
  issuerRequest(portal.app, WEBHOOK_TOKENS.znojmo, method, url, json);

/** Computed here with node:crypto, not with the module under test: what an issuer's receiver does. */
function signatureValid(request: Received, key: string): boolean {
  const timestamp = String(request.headers['x-czp-timestamp']);
  const expected = `sha256=${createHmac('sha256', key).update(`${timestamp}.${request.body}`).digest('hex')}`;
  return request.headers['x-czp-signature'] === expected;
}

/** Signed in afresh for each submission: tests move the clock by hours, past a session's 15 idle minutes. */
const submitDog = async (name: string, options: { idempotencyKey?: string; via?: FastifyInstance } = {}) => {
  const citizen = await signIn(options.via ?? portal.app, 'jan');
  const answer = await citizen.submit('telc', {
    type: 'prihlaseni-psa',
    data: JSON.stringify({ name }),
    ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
  });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body as { id: string; reference: string };
};

/** The receiver's requests of one submission. */
const deliveriesOf = (submissionId: string) =>
  receiver.received.filter((request) => JSON.parse(request.body).id === submissionId);

beforeAll(async () => {
  portal = await webhookPortal();
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  await portal.close();
  await receiver.close();
});
afterEach(async () => {
  portal.app.webhooks.production = false;
  portal.app.webhooks.resolve = systemResolver;
  await portal.app.jobs.drain();
});

describe('configuring a webhook', () => {
  it('refuses what it cannot call, naming url', async () => {
    for (const url of ['ftp://example.cz/hook', 'not a url', 'http://example.cz/hook', 'https://user:pw@example.cz/']) {
      const answer = await telc('PUT', WEBHOOK, { url });
      expect(answer, url).toMatchObject({ status: 400, body: { error: 'validation', field: 'url' } });
    }
    expect(await telc('PUT', WEBHOOK, {})).toMatchObject({ status: 400, body: { field: 'url' } });
    expect((await telc('GET', WEBHOOK)).status).toBe(404);
  });

  it('answers the secret once, on creation; a new URL keeps it', async () => {
    const created = await telc('PUT', WEBHOOK, { url: receiver.url });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ serviceId: 'telc', url: receiver.url, created: true });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    secret = created.body.secret;
    const shown = await telc('GET', WEBHOOK);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ serviceId: 'telc', url: receiver.url, deliveries: [] });
    expect(JSON.stringify(shown.body)).not.toContain(secret);
    const again = await telc('PUT', WEBHOOK, { url: receiver.url });
    expect(again).toMatchObject({ status: 200, body: { created: false, secret: null } });
    const [row] = await portal.db.query<{ secret: string }>('select secret from submission_webhooks');
    expect(row?.secret).toBe(secret);
  });

  it('is the issuer’s own: another issuer 403, an unknown service 404, no token 401', async () => {
    for (const [method, path] of [
      ['PUT', WEBHOOK],
      ['GET', WEBHOOK],
      ['DELETE', WEBHOOK],
      ['POST', `${WEBHOOK}/rotate`],
      ['POST', `${WEBHOOK}/test`],
    ] as const) {
      const answer = await znojmo(method, path, method === 'PUT' ? { url: 'https://evil.example/' } : undefined);
      expect(answer, `${method} ${path}`).toMatchObject({ status: 403, body: { error: 'issuer-mismatch' } });
    }
    expect((await telc('GET', '/api/publisher/services/nowhere/webhook')).status).toBe(404);
    expect((await portal.app.inject({ url: WEBHOOK })).statusCode).toBe(401);
    const [row] = await portal.db.query<{ url: string; secret: string }>('select url, secret from submission_webhooks');
    expect(row).toEqual({ url: receiver.url, secret });
    expect(receiver.received).toHaveLength(0);
  });
});

describe('in production', () => {
  const addresses: Record<string, string[]> = {
    'intranet.example.cz': ['10.1.2.3'],
    'printer.example.cz': ['192.168.0.20'],
    'mixed.example.cz': ['93.184.216.34', '172.16.5.5'],
    'metadata.example.cz': ['169.254.169.254'],
    'v6.example.cz': ['fd12:3456::1'],
    'public.example.cz': ['93.184.216.34'],
  };
  const fakeDns = async (host: string) => addresses[host] ?? [host];

  it('refuses http://, this machine and names or addresses that are private or link-local', async () => {
    portal.app.webhooks.production = true;
    portal.app.webhooks.resolve = fakeDns;
    const refused = [
      receiver.url,
      'http://localhost/hook',
      'https://localhost/hook',
      'https://127.0.0.1/hook',
      'https://[::1]/hook',
      'https://10.0.0.1/hook',
      'https://172.20.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[fc00::1]/hook',
      'https://[::ffff:192.168.1.1]/hook',
      'https://intranet.example.cz/hook',
      'https://printer.example.cz/hook',
      'https://mixed.example.cz/hook',
      'https://metadata.example.cz/hook',
      'https://v6.example.cz/hook',
    ];
    for (const url of refused) {
      const answer = await telc('PUT', WEBHOOK, { url });
      expect(answer, url).toMatchObject({ status: 400, body: { field: 'url' } });
    }
    const [row] = await portal.db.query<{ url: string }>('select url from submission_webhooks');
    expect(row?.url).toBe(receiver.url);
  });

  it('checks again when sending: a name that resolves to a private address later is not called', async () => {
    portal.app.webhooks.production = true;
    portal.app.webhooks.resolve = fakeDns;
    const saved = await telc('PUT', WEBHOOK, { url: 'https://public.example.cz/hook' });
    expect(saved.status).toBe(200);
    addresses['public.example.cz'] = ['10.9.9.9'];
    const ping = await telc('POST', `${WEBHOOK}/test`);
    expect(ping.status).toBe(200);
    expect(ping.body.ok).toBe(false);
    expect(ping.body.delivery.attempts[0]).toMatchObject({ status: null });
    expect(ping.body.delivery.attempts[0].error).toContain('10.9.9.9');
    portal.app.webhooks.production = false;
    expect((await telc('PUT', WEBHOOK, { url: receiver.url })).status).toBe(200);
  });
});

describe('delivering each new submission', () => {
  it('POSTs the event with a signature the secret verifies, and nothing personal', async () => {
    const submission = await submitDog('Rex');
    await portal.app.jobs.drain();
    const [request] = deliveriesOf(submission.id);
    expect(deliveriesOf(submission.id)).toHaveLength(1);
    if (!request) throw new Error('nothing was delivered');
    const body = JSON.parse(request.body);
    expect(body).toEqual({
      event: 'submission.created',
      id: submission.id,
      reference: submission.reference,
      serviceId: 'telc',
      type: 'prihlaseni-psa',
      submittedAt: expect.stringMatching(/^2026-12-03T/),
    });
    expect(request.body).not.toContain('Rex');
    expect(request.body).not.toContain('Novák');
    expect(request.headers['content-type']).toContain('application/json');
    expect(request.headers['x-czp-event']).toBe('submission.created');
    expect(request.headers['x-czp-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    expect(signatureValid(request, secret)).toBe(true);
    expect(signatureValid(request, 'whsec_someone-else')).toBe(false);
    expect(signatureValid({ ...request, body: request.body.replace('telc', 'tel2') }, secret)).toBe(false);
    const shown = await telc('GET', WEBHOOK);
    expect(shown.body.deliveries[0]).toMatchObject({
      id: request.headers['x-czp-delivery'],
      event: 'submission.created',
      submissionId: submission.id,
      reference: submission.reference,
      state: 'delivered',
      attempts: [{ attempt: 1, status: 200, error: null }],
    });
  });

  it('retries after a 500 with the same delivery id and body, and never again after a 2xx', async () => {
    receiver.answer(500, 503);
    const submission = await submitDog('Max', { idempotencyKey: 'max-1' });
    await portal.app.jobs.drain();
    expect(deliveriesOf(submission.id)).toHaveLength(1);
    // The queue's backoff: 1 s, then 2 s.
    portal.advance(1000);
    await portal.app.jobs.drain();
    expect(deliveriesOf(submission.id)).toHaveLength(2);
    portal.advance(2000);
    await portal.app.jobs.drain();
    const requests = deliveriesOf(submission.id);
    expect(requests).toHaveLength(3);
    const ids = new Set(requests.map((request) => request.headers['x-czp-delivery']));
    expect(ids.size).toBe(1);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    for (const request of requests) expect(signatureValid(request, secret)).toBe(true);
    // Later, the same submission again (its idempotency key), and another drain: no second delivery.
    portal.advance(3 * 60 * 60 * 1000);
    const replay = await submitDog('Max', { idempotencyKey: 'max-1' });
    expect(replay.id).toBe(submission.id);
    await portal.app.jobs.drain();
    expect(deliveriesOf(submission.id)).toHaveLength(3);
    const delivery = (await telc('GET', WEBHOOK)).body.deliveries.find(
      (each: { submissionId: string }) => each.submissionId === submission.id,
    );
    expect(delivery.state).toBe('delivered');
    expect(delivery.attempts.map((attempt: { status: number }) => attempt.status)).toEqual([500, 503, 200]);
  });

  it('gives up after ten attempts, each recorded', async () => {
    receiver.answer(...Array.from({ length: 10 }, () => 500));
    const submission = await submitDog('Bady');
    await portal.app.jobs.drain();
    for (let attempt = 1; attempt < 12; attempt++) {
      portal.advance(Math.min(3_600_000, 1000 * 2 ** (attempt - 1)));
      await portal.app.jobs.drain();
    }
    expect(deliveriesOf(submission.id)).toHaveLength(10);
    const delivery = (await telc('GET', WEBHOOK)).body.deliveries.find(
      (each: { submissionId: string }) => each.submissionId === submission.id,
    );
    expect(delivery.state).toBe('failed');
    expect(delivery.attempts).toHaveLength(10);
  });

  it('follows no redirect: a 302 is a failed attempt', async () => {
    const fresh = await startReceiver();
    expect((await telc('PUT', WEBHOOK, { url: fresh.url })).status).toBe(200);
    fresh.answer(302);
    const submission = await submitDog('Alík');
    await portal.app.jobs.drain();
    expect(fresh.received).toHaveLength(1);
    const delivery = (await telc('GET', WEBHOOK)).body.deliveries.find(
      (each: { submissionId: string }) => each.submissionId === submission.id,
    );
    expect(delivery).toMatchObject({
      state: 'pending',
      attempts: [{ status: 302, error: 'redirects are not followed' }],
    });
    portal.advance(1000);
    await portal.app.jobs.drain();
    expect(fresh.received).toHaveLength(2);
    await fresh.close();
  });
});

describe('rotate, test and remove', () => {
  let fresh: Receiver;
  beforeAll(async () => {
    fresh = await startReceiver();
    expect((await telc('PUT', WEBHOOK, { url: fresh.url })).status).toBe(200);
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('rotates the secret: what is sent next is signed with the new one only', async () => {
    const rotated = await telc('POST', `${WEBHOOK}/rotate`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    await submitDog('Punťa');
    await portal.app.jobs.drain();
    const request = fresh.received.at(-1);
    if (!request) throw new Error('nothing was delivered');
    expect(signatureValid(request, rotated.body.secret)).toBe(true);
    expect(signatureValid(request, secret)).toBe(false);
    secret = rotated.body.secret;
  });

  it('sends a ping at once and says what was answered', async () => {
    const ping = await telc('POST', `${WEBHOOK}/test`);
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ ok: true, delivery: { event: 'ping', state: 'delivered' } });
    const request = fresh.received.at(-1);
    if (!request) throw new Error('no ping');
    expect(JSON.parse(request.body)).toMatchObject({ event: 'ping', serviceId: 'telc' });
    expect(request.headers['x-czp-delivery']).toBe(ping.body.delivery.id);
    expect(signatureValid(request, secret)).toBe(true);
    fresh.answer(500);
    const failed = await telc('POST', `${WEBHOOK}/test`);
    expect(failed.body).toMatchObject({ ok: false, delivery: { state: 'failed', attempts: [{ status: 500 }] } });
    expect(failed.body.message).toContain('HTTP 500');
  });

  it('removes it: nothing is sent for a new submission, a pending retry is cancelled', async () => {
    fresh.answer(500);
    const pending = await submitDog('Ben');
    await portal.app.jobs.drain();
    const removed = await telc('DELETE', WEBHOOK);
    expect(removed).toMatchObject({ status: 200, body: { removed: true } });
    const before = fresh.received.length;
    await submitDog('Ferda');
    portal.advance(60_000);
    await portal.app.jobs.drain();
    expect(fresh.received).toHaveLength(before);
    const [row] = await portal.db.query<{ state: string }>(
      'select state from submission_webhook_deliveries where submission_id = $1',
      [pending.id],
    );
    expect(row?.state).toBe('cancelled');
    expect((await telc('GET', WEBHOOK)).status).toBe(404);
    expect((await telc('DELETE', WEBHOOK)).status).toBe(404);
    expect((await telc('POST', `${WEBHOOK}/test`)).status).toBe(404);
  });
});

describe('a crash between the commit and the send', () => {
  it('loses nothing: the next process sends it, also when the first died mid-send', async () => {
    const fresh = await startReceiver();
    const created = await telc('PUT', WEBHOOK, { url: fresh.url });
    expect(created.status).toBe(201);
    // A process that commits the submission and stops before running any job.
    const doomed = await portal.another({ runsJobs: false });
    const first = await submitDog('Rek', { via: doomed });
    await doomed.jobs.drain();
    await doomed.close();
    expect(fresh.received).toHaveLength(0);
    // One that took the job and was killed while sending: its lease holds the job until it runs out.
    const killed = await portal.another({ runsJobs: false });
    const second = await submitDog('Azor', { via: killed });
    await killed.close();
    const leaseUntil = new Date(portal.now().getTime() + 60_000);
    await portal.db.query(
      `update jobs set attempts = attempts + 1, locked_by = 'killed-worker', locked_until = $2
       where kind = 'submissions.webhook' and payload->>'deliveryId' =
         (select id::text from submission_webhook_deliveries where submission_id = $1)`,
      [second.id, leaseUntil],
    );
    // The process after it (a restart, or another replica).
    const next = await portal.another();
    await next.jobs.drain();
    expect(fresh.received.map((request) => JSON.parse(request.body).id)).toEqual([first.id]);
    portal.advance(61_000);
    await next.jobs.drain();
    expect(fresh.received.map((request) => JSON.parse(request.body).id)).toEqual([first.id, second.id]);
    for (const request of fresh.received) expect(signatureValid(request, created.body.secret)).toBe(true);
    await fresh.close();
  });
});
