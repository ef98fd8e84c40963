import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ORIGIN, runCzp, usePortal } from '../testing.js';

const server = usePortal();

const ENTRIES = {
  entries: [
    {
      at: '2026-11-27T10:15:00Z',
      action: 'publish',
      serviceId: 'telc',
      version: '1.1.0',
      outcome: 'success',
      message: 'telc 1.1.0 is published and active.',
      ip: '192.0.2.10',
    },
    {
      at: '2026-11-27T10:10:00Z',
      action: 'publish',
      serviceId: 'telc',
      version: '1.1.0',
      outcome: 'refused',
      message: 'czp.service.json is not valid',
      ip: '192.0.2.10',
    },
  ],
};

describe('czp audit', () => {
  it('GETs the audit log with the limit and prints a table', async () => {
    const limits: (string | null)[] = [];
    server.use(
      http.get(`${ORIGIN}/api/publisher/audit`, ({ request }) => {
        limits.push(new URL(request.url).searchParams.get('limit'));
        return HttpResponse.json(ENTRIES);
      }),
    );

    const result = await runCzp(['audit', '--limit', '10']);
    await runCzp(['audit']);

    expect(result.code).toBe(0);
    expect(limits).toEqual(['10', '50']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^WHEN\s+ACTION\s+SERVICE\s+VERSION\s+OUTCOME\s+IP\s+MESSAGE$/);
    expect(lines[1]).toMatch(
      /publish\s+telc\s+1\.1\.0\s+success\s+192\.0\.2\.10\s+telc 1\.1\.0 is published and active\.$/,
    );
    expect(lines[2]).toContain('refused');
  });

  it('prints JSON with --json', async () => {
    server.use(http.get(`${ORIGIN}/api/publisher/audit`, () => HttpResponse.json(ENTRIES)));
    const result = await runCzp(['audit', '--json']);
    expect(JSON.parse(result.stdout)).toEqual(ENTRIES);
  });

  it('exits 2 on a limit that is not a positive whole number', async () => {
    for (const limit of ['0', '-1', 'ten', '1.5']) {
      const result = await runCzp(['audit', `--limit=${limit}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--limit needs a whole number');
    }
  });
});
