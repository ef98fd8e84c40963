import type { CatalogueEntry, HostApi, RemoteLifecycles } from '@czp/contract';
import { describe, expect, it, vi } from 'vitest';
import { RemoteLoadError } from '../federation/load-errors.js';
import type { RemoteLoader } from '../federation/remote-loader.js';
import { createPortalStores } from '../state/portal-store.js';
import { createOutletRegistry } from './outlet-registry.js';
import { createServiceApplication } from './service-application.js';

const entry: CatalogueEntry = {
  id: 'telc',
  issuer: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Telč' }, ico: '00286711' },
  name: { cs: 'Telč', en: 'Telč' },
  description: { cs: 'Popis', en: 'Description' },
  category: 'municipality',
  support: { email: 'tp@telc.eu', phone: '+420 567 112 411' },
  version: '1.0.0',
  manifestUrl: '/remotes/telc/1.0.0/mf-manifest.json',
  entryUrl: '/remotes/telc/1.0.0/remoteEntry.js',
  federationName: 'czp_telc',
  preload: { js: [], css: [] },
  integrity: {},
  publishedAt: '2026-11-27T00:00:00.000Z',
};

function setup(load: RemoteLoader['load']) {
  const stores = createPortalStores({
    path: '/services/telc',
    locale: 'cs',
    catalogue: [entry],
    catalogueSource: 'server',
  });
  const outlets = createOutletRegistry();
  const element = document.createElement('div');
  outlets.set('telc', element);
  let crash: (error: unknown) => void = () => {};
  const app = createServiceApplication('telc', () => entry, {
    stores,
    loader: { load },
    outlets,
    host: (_id, onCrash) => {
      crash = onCrash;
      return {} as HostApi;
    },
  });
  return {
    stores,
    app,
    element,
    status: () => stores.portal.getState().services.telc,
    crash: (e: unknown) => crash(e),
  };
}

function lifecycles(overrides: Partial<RemoteLifecycles> = {}): RemoteLifecycles {
  return {
    bootstrap: vi.fn(async () => {}),
    mount: vi.fn(async (props) => {
      props.domElement.textContent = 'Telč mounted';
    }),
    unmount: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('a service application', () => {
  it('mounts the remote into its own outlet', async () => {
    const remote = lifecycles();
    const { app, element, status } = setup(async () => remote);
    await app.mount();
    expect(status()).toEqual({ state: 'mounted' });
    expect(element.textContent).toBe('Telč mounted');
    await app.unmount();
    expect(remote.unmount).toHaveBeenCalledOnce();
    expect(element.textContent).toBe('');
  });

  it('shows the fallback when the entry cannot be loaded, and never rejects to single-spa', async () => {
    const { app, status } = setup(async () => {
      throw new RemoteLoadError('load-failed', 'Failed to fetch /remotes/telc/1.0.0/remoteEntry.js');
    });
    await expect(app.mount()).resolves.toBeUndefined();
    expect(status()).toMatchObject({ state: 'failed', reason: 'load-failed' });
  });

  it('reports a time-out as such', async () => {
    const { app, status } = setup(async () => {
      throw new RemoteLoadError('timeout', 'The remote telc did not answer within 10000 ms');
    });
    await app.mount();
    expect(status()).toMatchObject({ state: 'failed', reason: 'timeout' });
  });

  it('treats a remote that throws while mounting as crashed and clears its place', async () => {
    const { app, status, element } = setup(async () =>
      lifecycles({
        mount: async (props) => {
          props.domElement.textContent = 'half-drawn';
          throw new Error('boom');
        },
      }),
    );
    await app.mount();
    expect(status()).toMatchObject({ state: 'failed', reason: 'crashed', detail: 'Error: boom' });
    expect(element.textContent).toBe('');
  });

  it('swaps in the fallback when a mounted remote reports a render crash', async () => {
    const remote = lifecycles();
    const { app, status, crash } = setup(async () => remote);
    await app.mount();
    crash(new Error('render failed'));
    await vi.waitFor(() => expect(status()).toMatchObject({ state: 'failed', reason: 'crashed' }));
    expect(remote.unmount).toHaveBeenCalledOnce();
  });

  it('retries with a fresh load and mounts when the remote is back', async () => {
    let calls = 0;
    const load = vi.fn<RemoteLoader['load']>(async () => {
      calls++;
      if (calls === 1) throw new RemoteLoadError('load-failed', 'offline');
      return lifecycles();
    });
    const { app, status } = setup(load);
    await app.mount();
    expect(status()).toMatchObject({ state: 'failed' });
    await app.retry();
    expect(status()).toEqual({ state: 'mounted' });
    expect(load.mock.calls[1]?.[1]).toMatchObject({ fresh: true });
  });
});
