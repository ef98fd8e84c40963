import { sampleEntry } from '@czp/mocks';
import { describe, expect, it, vi } from 'vitest';
import { RemoteLoadError } from './load-errors.js';
import { createRemoteLoader } from './remote-loader.js';
import type { ShareScope } from './shared-libraries.js';

const telc = sampleEntry({
  id: 'telc',
  entryUrl: '/remotes/telc/1.0.0/remoteEntry.js',
  federationName: 'czp_telc',
  integrity: {
    '/remotes/telc/1.0.0/remoteEntry.js': 'sha384-aaaa',
    '/remotes/telc/1.0.0/assets/czp-shared-1.js': 'sha384-dddd',
    '/remotes/telc/1.0.0/assets/app-1.js': 'sha384-bbbb',
    '/remotes/telc/1.0.0/assets/app-1.css': 'sha384-cccc',
  },
  preload: { js: ['/remotes/telc/1.0.0/assets/czp-shared-1.js', '/remotes/telc/1.0.0/assets/app-1.js'], css: [] },
});
const lifecycles = { bootstrap: async () => {}, mount: async () => {}, unmount: async () => {} };

/** A CzP slim container as packages/remote-build generates it, recording what the shell hands it. */
function slimContainer() {
  const seen: { scope?: ShareScope; exposed?: string } = {};
  return {
    seen,
    module: {
      czpContainer: 1,
      init(scope: ShareScope) {
        seen.scope = scope;
      },
      async get(exposed: string) {
        seen.exposed = exposed;
        return () => ({ default: lifecycles });
      },
    },
  };
}

describe('loading a remote without Module Federation’s runtime', () => {
  it('imports the entry, inits it with the shell’s share scope and gets ./app, after pinning its files', async () => {
    const order: string[] = [];
    const container = slimContainer();
    const runtime = vi.fn();
    const loader = createRemoteLoader({
      preview: null,
      pinIntegrity: (entry) => order.push(`pin ${Object.keys(entry.integrity).length}`),
      importEntry: async (url) => {
        order.push(`import ${url}`);
        return container.module;
      },
      loadWithRuntime: runtime,
    });
    await expect(loader.load(telc, { timeoutMs: 1000, fresh: false })).resolves.toBe(lifecycles);
    expect(order).toEqual(['pin 4', 'import /remotes/telc/1.0.0/remoteEntry.js']);
    expect(container.seen.exposed).toBe('./app');
    expect(runtime).not.toHaveBeenCalled();
    // Every shared singleton and the subpaths remotes import, offered by the shell only.
    const scope = container.seen.scope ?? {};
    for (const name of ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', 'zustand', '@czp/remote-sdk']) {
      const offers = Object.values(scope[name] ?? {});
      expect(
        offers.map((offer) => offer.from),
        name,
      ).toEqual(['czp_shell']);
    }
    const forms = Object.values(scope['@czp/design-system/forms'] ?? {})[0];
    expect(forms?.eager).toBe(false);
    const react = Object.values(scope.react ?? {})[0];
    if (!react) throw new Error('react is not offered');
    expect(((await react.get())() as { useState?: unknown }).useState).toBeTypeOf('function');
  });

  it('loads a fresh retry from a URL of its own, pinned to the same hashes, and keeps it', async () => {
    const urls: string[] = [];
    const pinned: Record<string, string>[] = [];
    const loader = createRemoteLoader({
      preview: null,
      pinIntegrity: (entry) => pinned.push(entry.integrity),
      importEntry: async (url) => {
        urls.push(url);
        return slimContainer().module;
      },
    });
    await loader.load(telc, { timeoutMs: 1000, fresh: false });
    await loader.load(telc, { timeoutMs: 1000, fresh: true });
    await loader.load(telc, { timeoutMs: 1000, fresh: false });
    expect(urls).toEqual([
      '/remotes/telc/1.0.0/remoteEntry.js',
      '/remotes/telc/1.0.0/remoteEntry.js?czp-load=1',
      '/remotes/telc/1.0.0/remoteEntry.js?czp-load=1',
    ]);
    expect(pinned[1]).toMatchObject({
      '/remotes/telc/1.0.0/remoteEntry.js?czp-load=1': 'sha384-aaaa',
      '/remotes/telc/1.0.0/assets/app-1.js?czp-load=1': 'sha384-bbbb',
    });
    // Stylesheets are not fetched with the query.
    expect(Object.keys(pinned[1] ?? {})).not.toContain('/remotes/telc/1.0.0/assets/app-1.css?czp-load=1');
  });

  it('hands an entry that is no CzP slim container to Module Federation’s runtime', async () => {
    const runtime = vi.fn(async () => ({ default: lifecycles }));
    const loader = createRemoteLoader({
      preview: null,
      importEntry: async () => ({ init() {}, get: async () => () => ({}) }),
      loadWithRuntime: runtime,
    });
    await expect(loader.load(telc, { timeoutMs: 1000, fresh: false })).resolves.toBe(lifecycles);
    expect(runtime).toHaveBeenCalledWith('czp_telc', '/remotes/telc/1.0.0/remoteEntry.js');
  });

  it('never imports a stock Module Federation build itself (it needs the runtime to evaluate): the runtime does', async () => {
    const runtime = vi.fn(async () => ({ default: lifecycles }));
    const importEntry = vi.fn();
    const stock = sampleEntry({
      id: 'telc',
      entryUrl: '/remotes/telc/0.9.0/remoteEntry.js',
      federationName: 'czp_telc',
      integrity: {
        '/remotes/telc/0.9.0/remoteEntry.js': 'sha384-aaaa',
        '/remotes/telc/0.9.0/assets/app-1.js': 'sha384-b',
      },
      preload: { js: ['/remotes/telc/0.9.0/assets/app-1.js'], css: [] },
    });
    const loader = createRemoteLoader({ preview: null, importEntry, loadWithRuntime: runtime });
    await expect(loader.load(stock, { timeoutMs: 1000, fresh: false })).resolves.toBe(lifecycles);
    expect(runtime).toHaveBeenCalledWith('czp_telc', '/remotes/telc/0.9.0/remoteEntry.js');
    expect(importEntry).not.toHaveBeenCalled();
  });

  it('says why it failed: a time-out, a failed import, or a module without lifecycles', async () => {
    const reason = (importEntry: (url: string) => Promise<unknown>) =>
      createRemoteLoader({ preview: null, importEntry })
        .load(telc, { timeoutMs: 20, fresh: false })
        .then(
          () => 'loaded',
          (error: unknown) => (error instanceof RemoteLoadError ? error.reason : 'other'),
        );
    expect(await reason(() => new Promise(() => {}))).toBe('timeout');
    expect(await reason(async () => Promise.reject(new TypeError('Failed to fetch')))).toBe('load-failed');
    expect(await reason(async () => ({ czpContainer: 1, init() {}, get: async () => () => ({ default: {} }) }))).toBe(
      'load-failed',
    );
  });

  it('loads the developer preview’s entry from its development server, nothing pinned', async () => {
    const urls: string[] = [];
    const pinned: Record<string, string>[] = [];
    const loader = createRemoteLoader({
      preview: { serviceId: 'telc', origin: 'http://localhost:5174' },
      pinIntegrity: (entry) => pinned.push(entry.integrity),
      importEntry: async (url) => {
        urls.push(url);
        return slimContainer().module;
      },
    });
    await loader.load(telc, { timeoutMs: 1000, fresh: false });
    expect(urls).toEqual(['http://localhost:5174/remoteEntry.js']);
    expect(pinned).toEqual([{}]);
  });
});
