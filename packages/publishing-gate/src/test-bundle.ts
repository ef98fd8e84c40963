/** Test helpers: a small valid bundle, built by hand, and the metadata that goes with it. */
import { SHARED_SINGLETONS } from '@czp/contract';

export function metadataOf(id = 'kutna-hora', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    issuer: { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' },
    name: { cs: 'Nahlásit závadu', en: 'Report a fault' },
    description: { cs: 'Nahlaste závadu ve městě.', en: 'Report a fault in the town.' },
    category: 'municipality',
    support: { email: 'podpora@mu.kutnahora.cz', phone: '+420 327 710 111' },
    ...overrides,
  };
}

interface BundleOptions {
  /** Extra or replaced files. */
  files?: Record<string, string | Buffer>;
  /** Edits the manifest before it is written. */
  manifest?: (manifest: Record<string, unknown>) => void;
}

/** A bundle as czpRemoteConfig() builds it: manifest, entry, ./app's chunks; no copy of a shared library. */
export function bundleOf(id = 'kutna-hora', options: BundleOptions = {}): Map<string, Buffer> {
  const name = `czp_${id.replaceAll('-', '_')}`;
  const manifest: Record<string, unknown> = {
    id: name,
    name,
    metaData: { name, remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' }, publicPath: 'auto' },
    shared: SHARED_SINGLETONS.map((shared) => ({
      name: shared,
      version: '1.0.0',
      singleton: true,
      requiredVersion: '*',
      assets: { js: { sync: [], async: [] }, css: { sync: [], async: [] } },
    })),
    exposes: [
      {
        name: 'app',
        path: './app',
        assets: {
          js: { sync: ['assets/app-1.js'], async: ['assets/lazy-1.js'] },
          css: { sync: ['assets/app-1.css'], async: [] },
        },
      },
    ],
  };
  options.manifest?.(manifest);
  const files: Record<string, string | Buffer> = {
    'mf-manifest.json': JSON.stringify(manifest),
    'remoteEntry.js': 'export const get = () => import("./assets/app-1.js");\n',
    'assets/app-1.js': 'export default { mount() {}, unmount() {} };\n',
    'assets/lazy-1.js': 'export const lazy = 1;\n',
    'assets/app-1.css': '.kutna-hora-form { gap: 1rem; }\n',
    'index.html': '<!doctype html>',
    'mf-stats.json': '{}',
    ...options.files,
  };
  return new Map(Object.entries(files).map(([path, content]) => [path, Buffer.from(content)]));
}
