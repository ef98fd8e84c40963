import type { ServiceApiClient } from '@czp/contract';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { submit } from './submissions.js';
import { fetchServiceApi } from './testing.js';

const origin = 'http://portal.test';
const url = `${origin}/api/services/telc/submissions`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const api = fetchServiceApi('telc', origin);
const SUBMISSION = {
  id: '7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11',
  reference: 'TEL-2026-000042',
  serviceId: 'telc',
  state: 'delivered',
  history: [],
  attachments: [],
};

describe('submit', () => {
  it('posts the type, the data as JSON, the key and the files as a form, and gives the submission', async () => {
    const calls: { method: string; path: string; body: unknown }[] = [];
    const recording: ServiceApiClient = {
      get: () => Promise.reject(new Error('not used')),
      send: async (method, path, body) => {
        calls.push({ method, path, body });
        return Response.json(SUBMISSION, { status: 201 });
      },
    };
    const file = new File(['%PDF-1.7'], 'ockovani.pdf', { type: 'application/pdf' });
    const result = await submit(
      recording,
      'prihlaseni-psa',
      { name: 'Rex', age: 3 },
      {
        attachments: [file],
        idempotencyKey: 'form-1',
      },
    );
    expect(result).toEqual({ ok: true, submission: SUBMISSION, replayed: false });
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /submissions']);
    const form = calls[0]?.body as FormData;
    expect(form.get('type')).toBe('prihlaseni-psa');
    expect(JSON.parse(String(form.get('data')))).toEqual({ name: 'Rex', age: 3 });
    expect(form.get('idempotencyKey')).toBe('form-1');
    expect((form.getAll('attachments')[0] as File).name).toBe('ockovani.pdf');
  });

  it('reaches the service’s submissions below its API', async () => {
    let seen = '';
    server.use(
      http.post(url, async ({ request }) => {
        seen = await request.text();
        return HttpResponse.json(SUBMISSION, { status: 201 });
      }),
    );
    expect(await submit(api, 'prihlaseni-psa', { name: 'Rex' })).toMatchObject({ ok: true });
    expect(seen).toContain('{"name":"Rex"}');
  });

  it('tells a replay of the same key', async () => {
    server.use(
      http.post(url, () => HttpResponse.json(SUBMISSION, { status: 200, headers: { 'Idempotent-Replayed': 'true' } })),
    );
    const result = await submit(api, 'prihlaseni-psa', {}, { idempotencyKey: 'form-1' });
    expect(result).toMatchObject({ ok: true, replayed: true });
  });

  it('gives a refusal with its field (the JSON pointer of the value) and message', async () => {
    server.use(
      http.post(url, () =>
        HttpResponse.json({ error: 'validation', message: '/name is required', field: '/name' }, { status: 400 }),
      ),
    );
    expect(await submit(api, 'prihlaseni-psa', { age: 3 })).toEqual({
      ok: false,
      status: 400,
      error: 'validation',
      field: '/name',
      message: '/name is required',
    });
  });

  it('never throws: an outage, a refusal that is not the portal’s and a malformed answer are problems too', async () => {
    server.use(http.post(url, () => HttpResponse.error()));
    expect(await submit(api, 'x', {})).toMatchObject({ ok: false, status: 0, error: 'network' });
    server.use(http.post(url, () => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' })));
    expect(await submit(api, 'x', {})).toEqual({ ok: false, status: 502, error: 'http-502', message: 'Bad Gateway' });
    server.use(http.post(url, () => HttpResponse.json({ id: 1 }, { status: 201 })));
    expect(await submit(api, 'x', {})).toMatchObject({ ok: false, status: 201, error: 'invalid-answer' });
  });
});
