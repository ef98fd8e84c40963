import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemote, ORIGIN, type RemoteFixture, removeRemote, runCzp, usePortal } from '../testing.js';

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

describe('czp withdraw', () => {
  it('refuses without --yes, explaining what withdraw does, and sends nothing', async () => {
    const result = await runCzp(['withdraw', '--service', 'telc']); // msw fails any request
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no version stays active, so citizens no longer see');
    expect(result.stderr).toContain('Run it again with --yes');
  });

  it('DELETEs the active version with --yes', async () => {
    fixture = await createRemote();
    const seen: string[] = [];
    server.use(
      http.delete(`${ORIGIN}/api/publisher/services/:id/active`, ({ params }) => {
        seen.push(String(params.id));
        return HttpResponse.json({ serviceId: 'telc', activeVersion: null, message: 'telc is withdrawn.' });
      }),
    );

    const result = await runCzp(['withdraw', '--yes'], { cwd: fixture.dir });

    expect(result.code).toBe(0);
    expect(seen).toEqual(['telc']);
    expect(result.stdout).toBe('telc is withdrawn: no version is active.\ntelc is withdrawn.\n');
  });

  it('accepts -y and prints JSON with --json', async () => {
    server.use(
      http.delete(`${ORIGIN}/api/publisher/services/telc/active`, () =>
        HttpResponse.json({ serviceId: 'telc', activeVersion: null, message: 'withdrawn' }),
      ),
    );
    const result = await runCzp(['withdraw', '--service', 'telc', '-y', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ serviceId: 'telc', activeVersion: null, message: 'withdrawn' });
  });
});
