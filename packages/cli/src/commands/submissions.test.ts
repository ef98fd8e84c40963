import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ORIGIN, runCzp, TOKEN, usePortal } from '../testing.js';

const server = usePortal();
const ID = '7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11';

const SUMMARY = {
  id: ID,
  reference: 'TEL-2026-000042',
  serviceId: 'telc',
  serviceName: { cs: 'Telč', en: 'Telč' },
  issuer: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'The Town of Telč' } },
  type: 'prihlaseni-psa',
  typeName: { cs: 'Přihlášení psa', en: 'Registering a dog' },
  state: 'delivered',
  submittedAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  citizen: { name: 'Jan Novák' },
};

describe('czp submissions', () => {
  it('lists the issuer’s submissions (the default action), passing the filters', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${ORIGIN}/api/publisher/submissions`, ({ request }) => {
        seen.push(`${new URL(request.url).search} ${request.headers.get('authorization')}`);
        return HttpResponse.json({ issuerId: 'mesto-telc', submissions: [SUMMARY] });
      }),
    );
    const all = await runCzp(['submissions']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('1 submission of mesto-telc, newest first:');
    expect(all.stdout).toMatch(/REFERENCE\s+SUBMITTED\s+SERVICE\s+TYPE\s+STATE\s+CITIZEN\s+ID/);
    expect(all.stdout).toMatch(/TEL-2026-000042 .* telc\s+prihlaseni-psa\s+delivered\s+Jan Novák\s+7d3c1f7e/);
    const filtered = await runCzp(['submissions', 'list', '--service', 'telc', '--state', 'delivered', '--json']);
    expect(JSON.parse(filtered.stdout)).toEqual({ issuerId: 'mesto-telc', submissions: [SUMMARY] });
    expect(seen).toEqual([` Bearer ${TOKEN}`, `?service=telc&state=delivered Bearer ${TOKEN}`]);
  });

  it('refuses an unknown state, action or id before asking the server', async () => {
    const state = await runCzp(['submissions', '--state', 'lost']);
    expect(state.code).toBe(2);
    expect(state.stderr).toContain('--state must be one of submitted, delivered');
    const action = await runCzp(['submissions', 'delete', ID]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('unknown action "delete"');
    const id = await runCzp(['submissions', 'show', '42']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('"42" is not a submission id');
    const note = await runCzp(['submissions', 'list', '--note', 'x']);
    expect(note.stderr).toContain('--note goes with czp submissions status');
  });

  it('shows one with its data, files and history', async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/submissions/${ID}`, () =>
        HttpResponse.json({
          ...SUMMARY,
          data: { name: 'Rex', age: 3 },
          conversationId: 'c',
          attachments: [{ position: 0, seq: 1, name: 'ockovani.pdf', size: 2048, mediaType: 'application/pdf' }],
          history: [
            { seq: 1, state: 'submitted', at: SUMMARY.submittedAt, actor: 'citizen', note: null, attachments: [] },
            {
              seq: 2,
              state: 'delivered',
              at: SUMMARY.submittedAt,
              actor: 'portal',
              note: { cs: 'Doručeno.', en: 'Delivered.' },
              attachments: [],
            },
          ],
        }),
      ),
    );
    const result = await runCzp(['submissions', 'show', ID]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('TEL-2026-000042: Registering a dog (telc), delivered');
    expect(result.stdout).toContain('by Jan Novák');
    expect(result.stdout).toContain('"name": "Rex"');
    expect(result.stdout).toMatch(/0\s+ockovani\.pdf\s+application\/pdf\s+2\.0 KB/);
    expect(result.stdout).toMatch(/delivered\s+portal\s+Delivered\./);
  });

  it('changes the state with a note and says what it was', async () => {
    let body: unknown;
    server.use(
      http.post(`${ORIGIN}/api/publisher/submissions/${ID}/status`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          submission: { ...SUMMARY, state: 'needs-information' },
          previousState: 'in-progress',
          message: 'ok',
        });
      }),
    );
    const result = await runCzp(['submissions', 'status', ID, 'needs-information', '--note', 'Doložte průkaz.']);
    expect(result.code).toBe(0);
    expect(body).toEqual({ status: 'needs-information', note: 'Doložte průkaz.' });
    expect(result.stdout).toContain('TEL-2026-000042: in-progress → needs-information');
    const missing = await runCzp(['submissions', 'status', ID]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give the new state');
  });

  it('exits 1 with the server’s message, naming the state, on an illegal transition', async () => {
    server.use(
      http.post(`${ORIGIN}/api/publisher/submissions/${ID}/status`, () =>
        HttpResponse.json(
          {
            error: 'illegal-transition',
            message: 'The submission TEL-2026-000042 is withdrawn; it cannot become accepted from there.',
            field: 'status',
          },
          { status: 409 },
        ),
      ),
    );
    const result = await runCzp(['submissions', 'status', ID, 'accepted']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is withdrawn; it cannot become accepted');
  });
});
