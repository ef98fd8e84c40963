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

interface LocalPublishOptions {
  /**
   * Folders (names under remotesDir) whose build just failed: their dist/ is whatever an earlier build left, so it is
   * not published. `pnpm start` (scripts/start.mjs) passes them in CZP_FAILED_REMOTES, comma-separated.
   */
  failedBuilds?: readonly string[];
}

/** The environment variable scripts/start.mjs names the remotes that failed to build in. */
const FAILED_REMOTES_ENV = 'CZP_FAILED_REMOTES';

function failedBuildsFromEnv(env = process.env): string[] {
  return (env[FAILED_REMOTES_ENV] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** What a remote's build reads: a change to one of these after the last build makes dist/ stale. */
const SOURCE_ENTRIES = ['src', 'public', 'index.html', 'vite.config.ts', 'vite.config.js', 'vite.config.mts'];
/** Read by the tests, never by the build. */
const NOT_BUILT_FROM = /(^|\/)(__snapshots__|__mocks__|node_modules)(\/|$)|\.(test|spec)\.[cm]?[jt]sx?$/;

/** The newest modification of the files under `path` (a file or a folder), with the file; null when there is none. */
async function newestFile(
  path: string,
  base: string,
  skip: (relativePath: string) => boolean,
): Promise<{ file: string; mtimeMs: number } | null> {
  const info = await lstat(path).catch(() => null);
  if (!info) return null;
  const name = relative(base, path).split('\\').join('/');
  if (name !== '' && skip(name)) return null;
  if (info.isFile()) return { file: name, mtimeMs: info.mtimeMs };
  if (!info.isDirectory()) return null;
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const entry of await readdir(path)) {
    const found = await newestFile(join(path, entry), base, skip);
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * The source file changed after the newest file of dist/ was written, or null when dist/ is at least as new as every
 * source. A build writes every file of dist/; a failed one leaves the old files, older than the edit that broke it.
 */
async function staleSource(folder: string): Promise<string | null> {
  const built = await newestFile(join(folder, 'dist'), folder, () => false);
  if (!built) return null;
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const entry of SOURCE_ENTRIES) {
    const found = await newestFile(join(folder, entry), folder, (name) => NOT_BUILT_FROM.test(name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest && newest.mtimeMs > built.mtimeMs ? newest.file : null;
}

/** `pnpm --filter <package name> build` when the remote's package.json names it. */
async function buildCommand(folder: string, base: string): Promise<string> {
  const pkg = await readFile(join(folder, 'package.json'), 'utf8')
    .then((text) => JSON.parse(text) as { name?: unknown })
    .catch(() => null);
  return typeof pkg?.name === 'string' ? `pnpm --filter ${pkg.name} build` : `pnpm --dir ${base} build`;
}

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
 * repository's `remotes/` by default). A refused remote does not stop the others; one that is not built, whose build
 * failed or whose dist/ is older than its sources is skipped with the reason (never stale files published). The
 * outcome of each is returned in folder order.
 */
export async function publishLocalRemotes(
  remotesDir: string,
  db: Database,
  store: BundleStore,
  options: LocalPublishOptions = {},
): Promise<LocalPublishOutcome[]> {
  const failedBuilds = new Set(options.failedBuilds ?? failedBuildsFromEnv());
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
    if (failedBuilds.has(dir)) {
      outcomes.push({
        dir: base,
        status: 'skipped',
        message: `${base} is not published: its build failed (the reason is printed above); the portal keeps what it had`,
      });
      continue;
    }
    if (!hasDist) {
      outcomes.push({
        dir: base,
        status: 'skipped',
        message: `${base} is not built (no dist/): run ${await buildCommand(folder, base)}, or pnpm start`,
      });
      continue;
    }
    const changed = await staleSource(folder);
    if (changed) {
      outcomes.push({
        dir: base,
        status: 'skipped',
        message:
          `${base} is not published: its dist/ is older than ${base}/${changed} (changed after the last build); ` +
          `build it again: ${await buildCommand(folder, base)}, or pnpm start`,
      });
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
      outcomes.push({ dir: base, ...result, message: localMessage(base, result) });
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

/**
 * What the start log says of a published remote. The same build published again (by a later start, or by the
 * developer's first `czp publish` after this one) is found already there, which is not a conflict: said so calmly.
 */
function localMessage(base: string, result: { status: 'published' | 'unchanged'; version: string; message: string }) {
  return result.status === 'unchanged'
    ? `${base}: version ${result.version} is already in the portal with the same files; nothing to publish`
    : `${base}: ${result.message} (published from the repository at start; publishing this same build again with ` +
        'czp publish finds it already there)';
}
