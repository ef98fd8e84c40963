import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Database } from '../../db/database.js';
import type { BundleStore } from '../bundle-store.js';
import { PublishError } from './errors.js';
import { isBuildByProduct, publishBundle } from './publish.js';

export type LocalPublishOutcome =
  | {
      dir: string;
      status: 'published' | 'unchanged';
      serviceId: string;
      version: string;
      active: boolean;
      message: string;
    }
  | { dir: string; status: 'refused'; serviceId?: string; version?: string; message: string }
  | { dir: string; status: 'skipped'; message: string };

/** Reads every regular file under `root`; refuses symlinks (they could point anywhere). Paths are POSIX, relative. */
async function readBundleFolder(root: string, label: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split('\\').join('/');
      if (isBuildByProduct(path) || path === '.vite') continue;
      const info = await lstat(full);
      if (info.isSymbolicLink()) {
        throw new PublishError(
          'invalid-path',
          `${label}/${path} is a symbolic link; a bundle contains regular files only`,
          {
            file: `${label}/${path}`,
          },
        );
      }
      if (info.isDirectory()) await walk(full);
      else if (info.isFile()) files.set(path, await readFile(full));
    }
  };
  await walk(root);
  return files;
}

async function readJson(file: string, label: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PublishError('invalid-metadata', `${label} is not valid JSON: ${(error as Error).message}`, {
      file: label,
    });
  }
}

/**
 * Publishes every built remote in a folder of remotes (`<remotesDir>/<dir>/czp.service.json` with a `dist/`; the
 * repository's `remotes/` by default). A refused remote does not stop the others; the outcome of each is returned in
 * folder order.
 */
export async function publishLocalRemotes(
  remotesDir: string,
  db: Database,
  store: BundleStore,
): Promise<LocalPublishOutcome[]> {
  const dirs = (await readdir(remotesDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const outcomes: LocalPublishOutcome[] = [];
  for (const dir of dirs) {
    const base = `remotes/${dir}`;
    const folder = join(remotesDir, dir);
    const hasMetadata = await lstat(join(folder, 'czp.service.json')).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!hasMetadata) continue;
    const hasDist = await lstat(join(folder, 'dist')).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!hasDist) {
      outcomes.push({ dir: base, status: 'skipped', message: `${base} is not built (no dist/): run pnpm build` });
      continue;
    }
    let serviceId: string | undefined;
    let version: string | undefined;
    try {
      const metadata = await readJson(join(folder, 'czp.service.json'), `${base}/czp.service.json`);
      const pkg = (await readJson(join(folder, 'package.json'), `${base}/package.json`)) as { version?: unknown };
      serviceId = (metadata as { id?: unknown } | null)?.id as string | undefined;
      version = typeof pkg?.version === 'string' ? pkg.version : String(pkg?.version ?? '');
      const files = await readBundleFolder(join(folder, 'dist'), `${base}/dist`);
      const result = await publishBundle(db, store, {
        metadata,
        version,
        files,
        labels: { metadata: `${base}/czp.service.json`, version: `${base}/package.json`, bundle: `${base}/dist` },
      });
      outcomes.push({ dir: base, ...result });
    } catch (error) {
      // The portal already has a newer version (published with czp): the repository's copy is simply older.
      if (error instanceof PublishError && error.code === 'version-not-higher') {
        outcomes.push({
          dir: base,
          status: 'skipped',
          message: `${base}: ${error.message}; the portal keeps its newer version`,
        });
        continue;
      }
      outcomes.push({
        dir: base,
        status: 'refused',
        ...(typeof serviceId === 'string' ? { serviceId } : {}),
        ...(version ? { version } : {}),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcomes;
}
