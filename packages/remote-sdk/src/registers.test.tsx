import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readRegister, useRegisterRead } from './registers.js';
import { createTestHost, fetchServiceApi, TestRemote } from './testing.js';

const origin = 'http://portal.test';
const registerUrl = (register: string) => `${origin}/api/services/vitakarta/registers/${register}`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

const api = fetchServiceApi('vitakarta', origin);

describe('readRegister', () => {
  it('asks the service’s register route for the items and the purpose, and gives the data', async () => {
    const seen: string[] = [];
    server.use(
      http.get(registerUrl('residents'), ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({
          register: 'residents',
          data: { birth: { date: '1958-03-12', place: 'Telč' } },
          readAt: '2026-12-03T09:00:00.000Z',
        });
      }),
    );
    const result = await readRegister(api, 'residents', ['birth', 'name'], 'check-eligibility');
    expect(result).toEqual({
      ok: true,
      data: { birth: { date: '1958-03-12', place: 'Telč' } },
      readAt: '2026-12-03T09:00:00.000Z',
    });
    const url = new URL(seen[0] as string);
    expect(url.searchParams.get('items')).toBe('birth,name');
    expect(url.search).toContain('items=birth,name');
    expect(url.searchParams.get('purpose')).toBe('check-eligibility');
  });

  it('passes on a refusal with its status, code and message', async () => {
    server.use(
      http.get(registerUrl('health'), () =>
        HttpResponse.json(
          { error: 'service-not-added', message: 'Add the service to read your data' },
          { status: 403 },
        ),
      ),
    );
    expect(await readRegister(api, 'health', ['insurer'], 'check-eligibility')).toEqual({
      ok: false,
      status: 403,
      error: 'service-not-added',
      message: 'Add the service to read your data',
    });
  });

  it('names a refusal without a body by its status', async () => {
    server.use(http.get(registerUrl('health'), () => new HttpResponse('Bad gateway', { status: 502 })));
    const result = await readRegister(api, 'health', ['insurer'], 'prefill-form');
    expect(result).toMatchObject({ ok: false, status: 502, error: 'http-502' });
  });

  it('refuses an answer that is not the register’s data', async () => {
    const answers = [
      { register: 'health', data: { birth: {} }, readAt: '2026-12-03T09:00:00.000Z' },
      { register: 'residents', data: null, readAt: '2026-12-03T09:00:00.000Z' },
      { register: 'residents', data: [], readAt: '2026-12-03T09:00:00.000Z' },
      { register: 'residents', data: {} },
      ['residents'],
    ];
    for (const answer of answers) {
      server.use(http.get(registerUrl('residents'), () => HttpResponse.json(answer)));
      expect(await readRegister(api, 'residents', ['birth'], 'prefill-form')).toMatchObject({
        ok: false,
        status: 200,
        error: 'invalid-answer',
      });
    }
  });

  it('says `network` when the portal is not reached', async () => {
    server.use(http.get(registerUrl('residents'), () => HttpResponse.error()));
    expect(await readRegister(api, 'residents', ['birth'], 'prefill-form')).toMatchObject({
      ok: false,
      status: 0,
      error: 'network',
    });
  });
});

function Probe() {
  const read = useRegisterRead('residents', ['birth'], 'check-eligibility');
  return (
    <div>
      <p data-testid="state">
        {read.state === 'ready' ? `ready ${read.data.birth?.date}` : read.state}
        {read.state === 'refused' || read.state === 'failed' ? ` ${read.status} ${read.error}` : ''}
      </p>
      <button type="button" onClick={read.retry}>
        retry
      </button>
    </div>
  );
}

function renderProbe(added?: () => boolean) {
  const host = createTestHost({ serviceId: 'vitakarta', api, ...(added ? { added } : {}) });
  const ui = (
    <TestRemote host={host}>
      <Probe />
    </TestRemote>
  );
  const view = render(ui);
  // A re-render as the shell's locale change causes: same host, new elements (and a new inline items array).
  return { rerender: () => view.rerender(<TestRemote host={host}>{<Probe />}</TestRemote>), ui };
}

const state = () => screen.getByTestId('state').textContent;

describe('useRegisterRead', () => {
  it('loads once and shows the data, not reading again on a re-render', async () => {
    let reads = 0;
    server.use(
      http.get(registerUrl('residents'), () => {
        reads += 1;
        return HttpResponse.json({
          register: 'residents',
          data: { birth: { date: '1990-01-31', place: 'Brno' } },
          readAt: '2026-12-03T09:00:00.000Z',
        });
      }),
    );
    const view = renderProbe();
    expect(state()).toBe('loading');
    await screen.findByText('ready 1990-01-31');
    view.rerender();
    await act(async () => {});
    expect(reads).toBe(1);
  });

  it('tells a refusal (4xx) from a failure (5xx)', async () => {
    server.use(
      http.get(registerUrl('residents'), () =>
        HttpResponse.json({ error: 'undeclared-read', message: 'Not declared' }, { status: 403 }),
      ),
    );
    renderProbe();
    await screen.findByText('refused 403 undeclared-read');
    cleanup();

    server.use(
      http.get(registerUrl('residents'), () =>
        HttpResponse.json({ error: 'register-unavailable', message: 'Down' }, { status: 503 }),
      ),
    );
    renderProbe();
    await screen.findByText('failed 503 register-unavailable');
  });

  it('makes no read the shell knows would be refused (the service is not added), until it is added', async () => {
    let reads = 0;
    server.use(
      http.get(registerUrl('residents'), () => {
        reads += 1;
        return HttpResponse.json({
          register: 'residents',
          data: { birth: { date: '1985-02-14', place: 'Telč' } },
          readAt: '2026-12-03T09:00:00.000Z',
        });
      }),
    );
    let added = false;
    renderProbe(() => added);
    await screen.findByText('refused 403 service-not-added');
    expect(reads).toBe(0);
    added = true;
    fireEvent.click(screen.getByRole('button', { name: 'retry' }));
    await screen.findByText('ready 1985-02-14');
    expect(reads).toBe(1);
  });

  it('reads again on retry', async () => {
    let down = true;
    server.use(
      http.get(registerUrl('residents'), () =>
        down
          ? HttpResponse.json({ error: 'register-unavailable', message: 'Down' }, { status: 503 })
          : HttpResponse.json({
              register: 'residents',
              data: { birth: { date: '2001-07-04', place: 'Ostrava' } },
              readAt: '2026-12-03T09:00:00.000Z',
            }),
      ),
    );
    renderProbe();
    await screen.findByText('failed 503 register-unavailable');
    down = false;
    fireEvent.click(screen.getByRole('button', { name: 'retry' }));
    expect(state()).toBe('loading');
    await screen.findByText('ready 2001-07-04');
  });
});
