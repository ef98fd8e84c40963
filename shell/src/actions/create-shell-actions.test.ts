import type { SessionView } from '@czp/contract';
import { sampleEntry } from '@czp/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalApi } from '../api/api-client.js';
import { createPortalStores, SIGNED_OUT, setServiceStatus } from '../state/portal-store.js';
import { createShellActions } from './create-shell-actions.js';
import type { ShellEnvironment } from './shell-actions.js';

const origin = 'http://portal.test';
const server = setupServer();
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), origin), init);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
  // biome-ignore lint/suspicious/noDocumentCookie: clearing the test's cookie.
  document.cookie = 'czp_locale=; Path=/; Max-Age=0';
});
afterAll(() => server.close());

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'high' },
  consent: 'pending',
  expiresAt: '2026-11-27T10:00:00.000Z',
};

function setup(overrides: Partial<ShellEnvironment> = {}) {
  const stores = createPortalStores({
    path: '/services/telc',
    session: jan,
    csrfToken: 'csrf-1',
    myServices: ['telc', 'mpsv'],
    locale: 'cs',
    catalogue: [sampleEntry({ id: 'telc', version: '1.2.0' })],
    catalogueSource: 'server',
  });
  const env: ShellEnvironment = {
    stores,
    api: new PortalApi('csrf-1', fetchFn),
    navigate: vi.fn(),
    retryService: vi.fn(async () => {}),
    document,
    ...overrides,
  };
  return { stores, env, actions: createShellActions(env) };
}

describe('the shell’s actions', () => {
  it('change the citizen’s services to the list the server answers, and keep them when it refuses', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.put(`${origin}/api/my-services/pribram`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ services: ['pribram', 'telc', 'mpsv'] });
      }),
      http.delete(`${origin}/api/my-services/telc`, () => HttpResponse.json({ services: ['mpsv'] })),
      http.put(`${origin}/api/my-services`, () => HttpResponse.json({ error: 'invalid' }, { status: 400 })),
    );
    const { stores, actions } = setup();
    await expect(actions.addService('pribram', 0)).resolves.toBe(true);
    expect(bodies).toEqual([{ position: 0 }]);
    expect(stores.portal.getState().myServices).toEqual(['pribram', 'telc', 'mpsv']);
    await expect(actions.removeService('telc')).resolves.toBe(true);
    expect(stores.portal.getState()).toMatchObject({
      myServices: ['mpsv'],
      lastRemoved: { serviceId: 'telc', position: 1 },
    });
    await expect(actions.reorderServices(['mpsv'])).resolves.toBe(false);
    expect(stores.portal.getState().myServices).toEqual(['mpsv']);
  });

  it('report a failed service with its reason, version and page, and retry it through the environment', async () => {
    const reports: unknown[] = [];
    server.use(
      http.post(`${origin}/api/remote-failures`, async ({ request }) => {
        reports.push(await request.json());
        return HttpResponse.json({ id: 1 }, { status: 202 });
      }),
    );
    const { stores, env, actions } = setup();
    await expect(actions.report('telc')).resolves.toBe(false);
    setServiceStatus(stores, 'telc', { state: 'failed', reason: 'integrity', detail: 'x'.repeat(600) });
    await expect(actions.report('telc')).resolves.toBe(true);
    expect(reports).toEqual([
      { serviceId: 'telc', version: '1.2.0', reason: 'integrity', message: 'x'.repeat(500), page: '/services/telc' },
    ]);
    actions.retry('telc');
    expect(env.retryService).toHaveBeenCalledWith('telc');
  });

  it('record the consent and take the session the server extends', async () => {
    server.use(
      http.post(`${origin}/api/consent`, () => HttpResponse.json({})),
      http.post(`${origin}/api/session/extend`, () =>
        HttpResponse.json({ ...jan, consent: 'given', expiresAt: '2026-11-27T10:15:00.000Z' }),
      ),
    );
    const { stores, actions } = setup();
    await expect(actions.saveConsent('given')).resolves.toBe(true);
    expect(stores.host.getState().person).toEqual(jan.person);
    await expect(actions.extendSession()).resolves.toBe(true);
    expect(stores.portal.getState().session.expiresAt).toBe('2026-11-27T10:15:00.000Z');
    actions.sessionEnded();
    expect(stores.portal.getState().sessionEnded).toBe(true);
  });

  it('log out with the header’s form and its CSRF token', () => {
    const submitted: HTMLFormElement[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted.push(this);
    });
    setup().actions.logout();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.getAttribute('action')).toBe('/auth/logout');
    expect(submitted[0]?.method).toBe('post');
    expect(submitted[0]?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value).toBe('csrf-1');
    submitted[0]?.remove();
  });

  it('switch the language and remember it in the contract’s locale cookie', async () => {
    const { stores, actions } = setup();
    await actions.setLocale('en');
    expect(stores.host.getState().locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.cookie).toContain('czp_locale=en');
  });

  it('without a page or an API (the server render) refuse and touch nothing', async () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
    const { stores, actions } = setup({
      api: { send: () => Promise.reject(new Error('no API')) },
      document: null,
    });
    await expect(actions.addService('pribram')).resolves.toBe(false);
    await expect(actions.saveConsent('given')).resolves.toBe(false);
    await expect(actions.extendSession()).resolves.toBe(false);
    actions.logout();
    expect(submit).not.toHaveBeenCalled();
    expect(stores.portal.getState().myServices).toEqual(['telc', 'mpsv']);
  });
});
