import type { FailureReportList } from '@czp/contract';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemote, ORIGIN, type RemoteFixture, removeRemote, runCzp, TOKEN, usePortal } from '../testing.js';

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

// Deliberately not in order: czp prints the newest first whatever order the answer has.
const REPORTS: FailureReportList = {
  serviceId: 'telc',
  reports: [
    {
      id: 'b',
      at: '2026-11-27T08:00:00.000Z',
      version: '1.0.0',
      reason: 'timeout',
      message: 'took 10 s',
      page: '/s/telc',
    },
    {
      id: 'a',
      at: '2026-11-28T09:30:00.000Z',
      version: '1.1.0',
      reason: 'crashed',
      message: 'TypeError:\n x is undefined',
      page: '/s/telc/form',
    },
    { id: 'c', at: '2026-11-20T12:00:00.000Z', version: null, reason: 'load-failed', message: '', page: '/' },
  ],
};

describe('czp reports', () => {
  it('GETs the reports of the service in [dir] and prints them as a table, newest first', async () => {
    fixture = await createRemote();
    const seen: string[] = [];
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/:id/reports`, ({ request, params }) => {
        const url = new URL(request.url);
        seen.push(`${params.id} limit=${url.searchParams.get('limit')} ${request.headers.get('authorization')}`);
        return HttpResponse.json(REPORTS);
      }),
    );

    const result = await runCzp(['reports', 'remotes/telc'], { cwd: fixture.root });

    expect(result.code, result.stderr).toBe(0);
    expect(seen).toEqual([`telc limit=50 Bearer ${TOKEN}`]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('3 failure reports about telc, newest first:');
    expect(lines[2]).toMatch(/^WHEN\s+VERSION\s+REASON\s+PAGE\s+MESSAGE$/);
    expect(lines[3]).toMatch(/\s1\.1\.0\s+crashed\s+\/s\/telc\/form\s+TypeError: x is undefined$/);
    expect(lines[4]).toMatch(/\s1\.0\.0\s+timeout\s+\/s\/telc\s+took 10 s$/);
    expect(lines[5]).toMatch(/\s-\s+load-failed\s+\/$/);
    expect(result.stdout).toContain('crashed: it threw an error while running');
  });

  it('takes --service and --limit, and prints the JSON with --json', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/znojmo/reports`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ serviceId: 'znojmo', reports: [] });
      }),
    );
    const text = await runCzp(['reports', '--service', 'znojmo', '--limit', '5']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('No failure reports about znojmo');
    const json = await runCzp(['reports', '--service', 'znojmo', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ serviceId: 'znojmo', reports: [] });
    expect(seen).toEqual(['?limit=5', '?limit=50']);
  });

  it('refuses a bad --limit before asking the server', async () => {
    for (const limit of ['0', 'ten', '501']) {
      const result = await runCzp(['reports', '--service', 'telc', '--limit', limit]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--limit needs a whole number of reports from 1 to 500 (not "${limit}")`);
    }
  });

  it("exits 1 with the server's message for another issuer's service", async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/brno/reports`, () =>
        HttpResponse.json(
          {
            error: 'issuer-mismatch',
            message: 'This token belongs to mesto-telc; the service brno is published by mesto-brno',
          },
          { status: 403 },
        ),
      ),
    );
    const result = await runCzp(['reports', '--service', 'brno']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the service brno is published by mesto-brno');
  });
});
