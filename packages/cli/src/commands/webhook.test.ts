import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemote, ORIGIN, type RemoteFixture, removeRemote, runCzp, TOKEN, usePortal } from '../testing.js';

const server = usePortal();
const WEBHOOK = `${ORIGIN}/api/publisher/services/telc/webhook`;
const SECRET = 'whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const DELIVERY = {
  id: '5b0c7a52-8d3e-4c59-9a1e-3f7d2a6b1c44',
  event: 'submission.created',
  submissionId: '7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11',
  reference: 'TEL-2026-000042',
  createdAt: '2026-12-03T09:00:00.000Z',
  state: 'pending',
  attempts: [
    { attempt: 1, at: '2026-12-03T09:00:00.100Z', status: 500, error: null, durationMs: 31 },
    { attempt: 2, at: '2026-12-03T09:00:01.200Z', status: null, error: 'ECONNREFUSED: connect', durationMs: 2 },
  ],
};

let remote: RemoteFixture;
beforeAll(async () => {
  remote = await createRemote();
});
afterAll(async () => {
  await removeRemote(remote);
});

describe('czp webhook', () => {
  it('sets the URL of the service in ./czp.service.json and prints the secret once', async () => {
    const seen: unknown[] = [];
    server.use(
      http.put(WEBHOOK, async ({ request }) => {
        seen.push({ body: await request.json(), auth: request.headers.get('authorization') });
        return HttpResponse.json(
          {
            serviceId: 'telc',
            url: 'https://podatelna.telc.cz/hook',
            created: true,
            secret: SECRET,
            message: 'saved',
          },
          { status: 201 },
        );
      }),
    );
    const result = await runCzp(['webhook', 'set', 'https://podatelna.telc.cz/hook'], { cwd: remote.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('telc tells https://podatelna.telc.cz/hook of each new submission.');
    expect(result.stdout).toContain(`  ${SECRET}\n`);
    expect(result.stdout).toContain('shown only now');
    expect(seen).toEqual([{ body: { url: 'https://podatelna.telc.cz/hook' }, auth: `Bearer ${TOKEN}` }]);
  });

  it('says the secret is unchanged when only the URL changed', async () => {
    server.use(
      http.put(`${ORIGIN}/api/publisher/services/znojmo/webhook`, () =>
        HttpResponse.json({ serviceId: 'znojmo', url: 'https://x.cz/h', created: false, secret: null, message: '' }),
      ),
    );
    const result = await runCzp(['webhook', 'set', 'https://x.cz/h', '--service', 'znojmo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the secret is unchanged');
    expect(result.stdout).not.toContain('whsec_');
  });

  it('shows the webhook and its deliveries (the default action), or the JSON', async () => {
    const info = {
      serviceId: 'telc',
      url: 'https://podatelna.telc.cz/hook',
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
      secretCreatedAt: '2026-12-01T08:00:00.000Z',
      deliveries: [DELIVERY],
    };
    server.use(http.get(WEBHOOK, () => HttpResponse.json(info)));
    const text = await runCzp(['webhook', '--service', 'telc']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('telc → https://podatelna.telc.cz/hook');
    expect(text.stdout).toMatch(/CREATED\s+EVENT\s+REFERENCE\s+STATE\s+ATTEMPTS\s+LAST ANSWER\s+DELIVERY/);
    expect(text.stdout).toMatch(/submission\.created\s+TEL-2026-000042\s+pending\s+2\s+ECONNREFUSED: connect/);
    const json = await runCzp(['webhook', 'show', '--service', 'telc', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(info);
  });

  it('rotates, tests and removes', async () => {
    server.use(
      http.post(`${WEBHOOK}/rotate`, () =>
        HttpResponse.json({ serviceId: 'telc', url: 'https://h.cz/', created: false, secret: SECRET, message: '' }),
      ),
      http.post(`${WEBHOOK}/test`, () =>
        HttpResponse.json({
          serviceId: 'telc',
          ok: true,
          delivery: {
            ...DELIVERY,
            event: 'ping',
            state: 'delivered',
            attempts: [{ ...DELIVERY.attempts[0], status: 204 }],
          },
          message: 'https://h.cz/ answered HTTP 204 to the ping.',
        }),
      ),
      http.delete(WEBHOOK, () =>
        HttpResponse.json({ serviceId: 'telc', removed: true, message: 'telc no longer has a webhook.' }),
      ),
    );
    const rotated = await runCzp(['webhook', 'rotate', '--service', 'telc']);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toContain(SECRET);
    const tested = await runCzp(['webhook', 'test', '--service', 'telc']);
    expect(tested).toMatchObject({ code: 0 });
    expect(tested.stdout).toContain('✓ https://h.cz/ answered HTTP 204 to the ping. (31 ms)');
    const removed = await runCzp(['webhook', 'remove', '--service', 'telc']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('telc no longer has a webhook.');
  });

  it('exits 1 when the ping was not taken, and passes the server’s refusals on', async () => {
    server.use(
      http.post(`${WEBHOOK}/test`, () =>
        HttpResponse.json({
          serviceId: 'telc',
          ok: false,
          delivery: { ...DELIVERY, event: 'ping', state: 'failed', attempts: [DELIVERY.attempts[0]] },
          message: 'https://h.cz/ did not take the ping: HTTP 500.',
        }),
      ),
      http.put(WEBHOOK, () =>
        HttpResponse.json(
          { error: 'validation', message: 'url must point to a public address: 10.0.0.1 is private', field: 'url' },
          { status: 400 },
        ),
      ),
    );
    const tested = await runCzp(['webhook', 'test', '--service', 'telc']);
    expect(tested.code).toBe(1);
    expect(tested.stdout).toContain('✗ https://h.cz/ did not take the ping: HTTP 500.');
    const refused = await runCzp(['webhook', 'set', 'https://10.0.0.1/', '--service', 'telc', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: 'validation', field: 'url', status: 400 });
    expect(refused.stderr).toContain('10.0.0.1 is private');
  });

  it('refuses a wrong command line before asking the server', async () => {
    const action = await runCzp(['webhook', 'enable']);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('unknown action "enable"');
    const noUrl = await runCzp(['webhook', 'set', '--service', 'telc']);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('czp webhook set <url>');
    const extra = await runCzp(['webhook', 'show', 'https://x.cz', '--service', 'telc']);
    expect(extra.stderr).toContain('czp webhook show takes no other argument');
    const help = await runCzp(['webhook', '--help']);
    expect(help.stdout).toContain("createHmac('sha256', secret)");
  });
});
