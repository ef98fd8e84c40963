import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, normaliseServer } from './api-client.js';
import { CliError } from './errors.js';
import { ORIGIN, TOKEN, usePortal } from './testing.js';

const server = usePortal();
const client = new ApiClient({ server: `${ORIGIN}/`, token: TOKEN, userAgent: 'czp/9.9.9' });

async function refusal(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ApiClient', () => {
  it('sends the token, the user agent and JSON bodies', async () => {
    let seen: Record<string, unknown> = {};
    server.use(
      http.post(`${ORIGIN}/api/publisher/things`, async ({ request }) => {
        seen = {
          authorization: request.headers.get('authorization'),
          userAgent: request.headers.get('user-agent'),
          contentType: request.headers.get('content-type'),
          body: await request.json(),
        };
        return HttpResponse.json({ ok: true }, { status: 201 });
      }),
    );
    expect(await client.post('/api/publisher/things', { json: { a: 1 } })).toEqual({ ok: true });
    expect(seen).toEqual({
      authorization: `Bearer ${TOKEN}`,
      userAgent: 'czp/9.9.9',
      contentType: 'application/json',
      body: { a: 1 },
    });
  });

  it('turns a JSON refusal into a CliError with the server’s message, code, field and status', async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/x`, () =>
        HttpResponse.json(
          { error: 'invalid-metadata', message: 'czp.service.json is not valid: name.cs: Required', field: 'name.cs' },
          { status: 422 },
        ),
      ),
    );
    const error = await refusal(client.get('/api/publisher/x'));
    expect(error).toMatchObject({
      message: 'czp.service.json is not valid: name.cs: Required',
      code: 'invalid-metadata',
      field: 'name.cs',
      status: 422,
      exitCode: 1,
    });
  });

  it('describes a refusal without a message', async () => {
    server.use(
      http.get(
        `${ORIGIN}/api/publisher/x`,
        () => new HttpResponse('upstream down', { status: 502, statusText: 'Bad Gateway' }),
      ),
      http.get(`${ORIGIN}/api/publisher/y`, () => HttpResponse.json({ error: 'unauthorized' }, { status: 401 })),
    );
    expect((await refusal(client.get('/api/publisher/x'))).message).toBe(
      'the server answered 502 Bad Gateway (upstream down)',
    );
    expect((await refusal(client.get('/api/publisher/y'))).message).toContain('401');
    expect((await refusal(client.get('/api/publisher/y'))).message).toContain('check CZP_TOKEN');
  });

  it('says when the server cannot be reached', async () => {
    server.use(http.get(`${ORIGIN}/api/publisher/x`, () => HttpResponse.error()));
    const error = await refusal(client.get('/api/publisher/x'));
    expect(error.message).toMatch(/^cannot reach http:\/\/portal\.test: /);
    expect(error.exitCode).toBe(1);
  });

  it('normalises the server URL', () => {
    expect(normaliseServer('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(normaliseServer('https://portal.example.cz/czp/')).toBe('https://portal.example.cz/czp');
    expect(() => normaliseServer('localhost:8080')).toThrow(CliError);
    expect(() => normaliseServer('not a url')).toThrow('is not a URL');
  });
});
