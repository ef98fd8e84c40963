import { portalApiHandlers } from '@czp/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalApi } from './api-client.js';

const origin = 'http://portal.test';
const server = setupServer(...portalApiHandlers({ origin, token: 'fresh-token' }));
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), origin), init);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('PortalApi', () => {
  it('sends mutating calls with the CSRF token, fetching one when it has none', async () => {
    const api = new PortalApi(null, fetchFn);
    const response = await api.send('POST', '/api/remote-failures', { serviceId: 'telc' });
    expect(response.status).toBe(202);
  });

  it('replaces an expired token once and retries', async () => {
    const api = new PortalApi('stale-token', fetchFn);
    const response = await api.send('POST', '/api/remote-failures', { serviceId: 'telc' });
    expect(response.status).toBe(202);
  });

  it('passes on the session clock the server sends, and a lost session', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${origin}/api/things`, () =>
        HttpResponse.json([], { headers: { 'X-Session-Expires-At': '2026-11-27T10:15:00.000Z' } }),
      ),
      http.get(`${origin}/api/mine`, () => HttpResponse.json({ error: 'session-expired' }, { status: 401 })),
    );
    const api = new PortalApi('fresh-token', fetchFn, {
      onSessionExpiresAt: (at) => seen.push(`expires ${at}`),
      onSessionLost: () => seen.push('lost'),
    });
    await api.get('/api/things');
    await api.get('/api/mine');
    expect(seen).toEqual(['expires 2026-11-27T10:15:00.000Z', 'lost']);
  });

  it('announces JSON only when it sends a body', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${origin}/api/session/extend`, ({ request }) => {
        seen.push(request.headers.get('content-type'));
        return HttpResponse.json({});
      }),
    );
    const api = new PortalApi('fresh-token', fetchFn);
    await api.send('POST', '/api/session/extend');
    await api.send('POST', '/api/session/extend', { a: 1 });
    expect(seen).toEqual([null, 'application/json']);
  });

  it('sends FormData as multipart, with the CSRF token', async () => {
    let seen: { type: string | null; token: string | null; subject: unknown } = {
      type: null,
      token: null,
      subject: null,
    };
    server.use(
      http.post(`${origin}/api/services/data-box/messages`, async ({ request }) => {
        const form = await request.formData();
        seen = {
          type: request.headers.get('content-type'),
          token: request.headers.get('x-csrf-token'),
          subject: form.get('subject'),
        };
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const form = new FormData();
    form.set('subject', 'Žádost');
    form.set('attachments', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf');
    const response = await new PortalApi('fresh-token', fetchFn).forService('data-box').send('POST', '/messages', form);
    expect(response.status).toBe(201);
    expect(seen.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.token).toBe('fresh-token');
    expect(seen.subject).toBe('Žádost');
  });

  it('does not retry a 403 that is about rights, not the CSRF token', async () => {
    let calls = 0;
    server.use(
      http.post(`${origin}/api/consent`, () => {
        calls += 1;
        return HttpResponse.json({ error: 'level-too-low', message: 'Log in with a stronger method' }, { status: 403 });
      }),
    );
    const response = await new PortalApi('fresh-token', fetchFn).send('POST', '/api/consent', { consent: 'given' });
    expect(response.status).toBe(403);
    expect(calls).toBe(1);
  });

  it('gives a remote an API client that cannot leave /api/services/<id>/', async () => {
    let seen = '';
    server.use(
      http.get(`${origin}/api/services/telc/applications`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json([]);
      }),
    );
    const telc = new PortalApi('fresh-token', fetchFn).forService('telc');
    expect((await telc.get('/applications')).status).toBe(200);
    expect(seen).toBe('/api/services/telc/applications');
    expect(() => telc.get('/../../catalogue')).toThrow(/stays below \/api\/services\/telc/);
    expect(() => telc.get('applications')).toThrow(/starts with \//);
  });
});
