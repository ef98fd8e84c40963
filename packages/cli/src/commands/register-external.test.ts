import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createRemote,
  ORIGIN,
  type RemoteFixture,
  removeRemote,
  runCzp,
  SERVICE_JSON,
  TOKEN,
  usePortal,
} from '../testing.js';

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

const BASE = 'https://portal.telc.eu/czp/telc/1.1.0/';

interface Seen {
  authorization: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** Answers a registration like the server does, recording what was sent. */
function acceptRegistration(seen: Seen[]) {
  server.use(
    http.post(`${ORIGIN}/api/publisher/services/:id/external`, async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>;
      seen.push({
        authorization: request.headers.get('authorization'),
        contentType: request.headers.get('content-type'),
        body,
      });
      const active = body.activate === true;
      return HttpResponse.json(
        {
          serviceId: params.id,
          version: body.version,
          status: 'published',
          active,
          activeVersion: active ? body.version : '1.0.0',
          files: 7,
          baseUrl: body.baseUrl,
          message: `published version ${body.version} of ${params.id}`,
        },
        { status: 201 },
      );
    }),
  );
}

describe('czp register-external', () => {
  it('sends version, metadata, baseUrl and activate as JSON, with the token', async () => {
    fixture = await createRemote();
    const seen: Seen[] = [];
    acceptRegistration(seen);

    const result = await runCzp(['register-external', BASE, 'remotes/telc'], { cwd: fixture.root });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen).toEqual([
      {
        authorization: `Bearer ${TOKEN}`,
        contentType: 'application/json',
        body: { version: '1.1.0', metadata: SERVICE_JSON, baseUrl: BASE, activate: true },
      },
    ]);
    expect(result.stdout).toContain(`Registered telc 1.1.0 at ${BASE}; it is now active.`);
  });

  it('registers a draft with --no-activate', async () => {
    fixture = await createRemote();
    const seen: Seen[] = [];
    acceptRegistration(seen);
    const result = await runCzp(['register-external', BASE, '--no-activate'], { cwd: fixture.dir });
    expect(result.code).toBe(0);
    expect(seen[0]?.body.activate).toBe(false);
    expect(result.stdout).toContain(
      'as a draft; the active version is still 1.0.0. Make it active with: czp activate 1.1.0',
    );
  });

  it('exits 1 with the server’s message when the origin is not allowed', async () => {
    fixture = await createRemote();
    const message =
      'https://portal.telc.eu is not an allowed origin for remotes; the operator allows origins with CZP_REMOTE_ORIGINS';
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/external`, () =>
        HttpResponse.json({ error: 'origin-not-allowed', message, field: 'baseUrl' }, { status: 400 }),
      ),
    );
    const result = await runCzp(['register-external', BASE], { cwd: fixture.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`czp: ${message}\n`);
    expect(result.stderr).toContain('(field: baseUrl)');
  });

  it.each([
    [[], 'give the URL your built remote is served at'],
    [['portal.telc.eu/czp/'], 'is not a URL'],
    [['ftp://portal.telc.eu/czp/'], 'is not an http(s) URL'],
    [['https://portal.telc.eu/czp/telc/1.1.0'], 'must end with "/"'],
  ])('exits 2 on a wrong base URL %j, before sending anything', async (args, text) => {
    const result = await runCzp(['register-external', ...args]); // msw fails any request
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(text);
  });
});
