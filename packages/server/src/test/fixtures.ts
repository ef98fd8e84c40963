import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ServiceMetadata, SHARED_SINGLETONS } from '@czp/contract';

export function serviceMetadata(id = 'telc', overrides: Partial<ServiceMetadata> = {}): ServiceMetadata {
  return {
    id,
    issuer: { id: `mesto-${id}`, name: { cs: `Město ${id}`, en: `The Town of ${id}` }, ico: '00286711' },
    name: { cs: `Portál občana ${id}`, en: `Citizen Portal of ${id}` },
    description: { cs: 'Životní situace a formuláře.', en: 'Life situations and forms.' },
    category: 'municipality',
    region: 'Kraj Vysočina',
    web: 'https://www.example.cz',
    support: { email: 'podpora@example.cz', phone: '+420 567 112 411' },
    ...overrides,
  };
}

export interface ManifestOptions {
  name?: string;
  exposesApp?: boolean;
  singletons?: readonly string[];
  /** Marks these shared entries singleton: false. */
  notSingleton?: readonly string[];
  publicPath?: string;
}

export function federationManifest(id: string, version: string, options: ManifestOptions = {}) {
  const singletons = options.singletons ?? SHARED_SINGLETONS;
  return {
    id: options.name ?? `czp_${id}`,
    name: options.name ?? `czp_${id}`,
    metaData: {
      name: options.name ?? `czp_${id}`,
      remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' },
      globalName: `czp_${id}`,
      getPublicPath: options.publicPath ?? `return "/remotes/${id}/${version}/"`,
    },
    shared: singletons.map((name) => ({
      name,
      version: '1.0.0',
      singleton: !options.notSingleton?.includes(name),
      requiredVersion: '*',
    })),
    exposes:
      options.exposesApp === false
        ? [
            {
              name: 'other',
              path: './other',
              assets: { js: { sync: ['assets/app-1.js'], async: [] }, css: { sync: [], async: [] } },
            },
          ]
        : [
            {
              name: 'app',
              path: './app',
              assets: {
                js: { sync: ['assets/app-1.js', 'assets/dep-1.js'], async: ['assets/lazy-1.js'] },
                css: { sync: ['assets/app-1.css'], async: [] },
              },
            },
          ],
  };
}

/** A minimal built remote: manifest, entry and hashed assets (what `vite build` leaves in dist/). */
export function bundleFiles(
  id = 'telc',
  version = '1.0.0',
  options: ManifestOptions & { marker?: string } = {},
): Map<string, Buffer> {
  const marker = options.marker ?? version;
  return new Map<string, Buffer>([
    ['mf-manifest.json', Buffer.from(JSON.stringify(federationManifest(id, version, options)))],
    ['remoteEntry.js', Buffer.from(`export const marker = ${JSON.stringify(marker)};\n`)],
    ['assets/app-1.js', Buffer.from(`export function mount() { return ${JSON.stringify(marker)}; }\n`)],
    ['assets/dep-1.js', Buffer.from('export const dep = 1;\n')],
    ['assets/lazy-1.js', Buffer.from('export const lazy = 1;\n')],
    ['assets/app-1.css', Buffer.from('.czp-telc { color: #2362a2; }\n')],
  ]);
}

/** Writes a remote folder as the repo has it: czp.service.json, package.json and dist/. */
export async function writeRemoteFolder(
  repoRoot: string,
  dir: string,
  content: { metadata: unknown; version: string; files: Map<string, Buffer> },
): Promise<string> {
  const folder = join(repoRoot, 'remotes', dir);
  await mkdir(join(folder, 'dist'), { recursive: true });
  await writeFile(join(folder, 'czp.service.json'), JSON.stringify(content.metadata, null, 2));
  await writeFile(
    join(folder, 'package.json'),
    JSON.stringify({ name: `@czp/remote-${dir}`, version: content.version }),
  );
  for (const [path, data] of content.files) {
    const file = join(folder, 'dist', path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
  }
  return folder;
}
