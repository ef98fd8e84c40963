import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';
import type { RemoteFolder } from '../remote-folder.js';
import type { Check } from './types.js';

/** A file with its modification time. */
interface Stamped {
  /** Relative to the remote's folder, POSIX separators: src/app.tsx, dist/remoteEntry.js. */
  path: string;
  mtimeMs: number;
}

/** What a build reads: a change to any of these after the newest file in dist/ means dist/ is stale. */
const SOURCE_FOLDERS = ['src', 'public'] as const;
const SOURCE_FILE = /^(czp\.service\.json|index\.html|package\.json|vite\.config\.[cm]?[jt]s)$/;

async function newestUnder(root: string, relative: string): Promise<Stamped | undefined> {
  let newest: Stamped | undefined;
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules') continue;
    const child = `${relative}/${entry.name}`;
    const found = entry.isDirectory()
      ? await newestUnder(root, child)
      : entry.isFile()
        ? { path: child, mtimeMs: (await stat(path.join(root, child))).mtimeMs }
        : undefined;
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** The newest source file of the remote: under src/ or public/, czp.service.json, index.html, package.json, vite config. */
async function newestSource(dir: string): Promise<Stamped | undefined> {
  let newest: Stamped | undefined;
  const consider = (found: Stamped | undefined) => {
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  };
  for (const folder of SOURCE_FOLDERS) consider(await newestUnder(dir, folder));
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && SOURCE_FILE.test(entry.name)) {
      consider({ path: entry.name, mtimeMs: (await stat(path.join(dir, entry.name))).mtimeMs });
    }
  }
  return newest;
}

/** 12:03 today, "2 Dec 12:03" another day: enough to tell a build from a change. */
export function formatClock(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  if (new Date(now).toDateString() === date.toDateString()) return time;
  return `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(date)} ${time}`;
}

export interface Freshness {
  /** The newest file in dist/ (undefined: dist/ is empty). */
  built: Stamped | undefined;
  /** The newest source. */
  changed: Stamped | undefined;
  fresh: boolean;
}

/** Compares the newest file in dist/ with the newest source. */
export async function distFreshness(folder: Pick<RemoteFolder, 'dir'>): Promise<Freshness> {
  const built = await newestUnder(folder.dir, 'dist');
  const changed = await newestSource(folder.dir);
  const fresh = built !== undefined && (changed === undefined || changed.mtimeMs <= built.mtimeMs);
  return { built, changed, fresh };
}

/** "remotes/telc: dist/ is older than src/app.tsx (changed 12:03, built 11:40)": the reason a stale dist/ is refused. */
function staleReason(folder: Pick<RemoteFolder, 'label'>, freshness: Freshness): string {
  const { built, changed } = freshness;
  if (!built) return `${folder.label}: dist/ has no files`;
  return (
    `${folder.label}: dist/ is older than ${changed?.path ?? 'the sources'} ` +
    `(changed ${formatClock(changed?.mtimeMs ?? 0)}, built ${formatClock(built.mtimeMs)})`
  );
}

/** Refuses a dist/ older than its sources: publishing it would upload what the sources no longer say. */
export async function refuseStaleDist(folder: Pick<RemoteFolder, 'dir' | 'label'>, hint: string): Promise<void> {
  const freshness = await distFreshness(folder);
  if (!freshness.fresh) throw new CliError(`${staleReason(folder, freshness)}: ${hint}`, 1, { code: 'stale-dist' });
}

/** dist/ was built from the sources as they are now. */
export const freshBuildCheck: Check = {
  id: 'build',
  title: 'build',
  async run({ folder }) {
    const freshness = await distFreshness(folder);
    if (!freshness.fresh) {
      return {
        status: 'fail',
        message: `${staleReason(folder, freshness)}: build it again (pnpm build), or publish with czp publish --build`,
        code: 'stale-dist',
        file: `${folder.label}/dist`,
      };
    }
    return {
      status: 'pass',
      message: `dist/ is newer than the sources (built ${formatClock(freshness.built?.mtimeMs ?? 0)})`,
    };
  },
};
