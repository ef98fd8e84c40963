import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import designSystemPackage from '@czp/design-system/package.json' with { type: 'json' };
import remoteBuildPackage from '@czp/remote-build/package.json' with { type: 'json' };
import remoteSdkPackage from '@czp/remote-sdk/package.json' with { type: 'json' };
import cliPackage from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.js';

/**
 * Where a new remote takes the platform's packages (@czp/*) from:
 * - `workspace`: it is a folder of this repository's pnpm workspace (remotes/<id>): `workspace:*`;
 * - `registry`: a project of its own, the packages from the npm registry at the versions this czp was built with;
 * - `path`: a project of its own, the packages from a CzP checkout on this machine (`link:` into its folders).
 */
export type Platform = { kind: 'workspace'; root: string } | { kind: 'registry' } | { kind: 'path'; checkout: string };

/** The platform packages a new remote depends on: their versions (read at build time) and folders in a checkout. */
export const PLATFORM_PACKAGES: Readonly<Record<string, { version: string; folder: string }>> = {
  '@czp/design-system': { version: designSystemPackage.version, folder: 'design-system' },
  '@czp/remote-sdk': { version: remoteSdkPackage.version, folder: 'packages/remote-sdk' },
  '@czp/remote-build': { version: remoteBuildPackage.version, folder: 'packages/remote-build' },
  '@czp/cli': { version: cliPackage.version, folder: 'packages/cli' },
};

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Whether pnpm-workspace.yaml lists `remotes/*` among its packages (the one line this repository has). */
function listsRemotes(yaml: string): boolean {
  return yaml.split('\n').some((line) => /^\s*-\s*['"]?remotes\/\*['"]?\s*(#.*)?$/.test(line));
}

/** The CzP workspace `from` is in: the nearest folder up with a pnpm-workspace.yaml that lists remotes/*. */
export async function findWorkspace(from: string): Promise<string | null> {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const yaml = await readFile(path.join(dir, 'pnpm-workspace.yaml'), 'utf8').catch(() => null);
    if (yaml !== null && listsRemotes(yaml)) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The platform `--platform` names (registry, workspace or a path), or by default the workspace czp runs in, if any. */
export async function choosePlatform(option: string | undefined, cwd: string): Promise<Platform> {
  if (option === 'registry') return { kind: 'registry' };
  const workspace = await findWorkspace(cwd);
  if (option === undefined) return workspace ? { kind: 'workspace', root: workspace } : { kind: 'registry' };
  if (option === 'workspace') {
    if (workspace) return { kind: 'workspace', root: workspace };
    throw new UsageError(`--platform workspace: ${cwd} is not inside a CzP checkout`, 'new');
  }
  const checkout = path.resolve(cwd, option);
  const found = await findWorkspace(checkout);
  const complete = await Promise.all(
    Object.values(PLATFORM_PACKAGES).map(({ folder }) => isFile(path.join(checkout, folder, 'package.json'))),
  );
  if (found !== checkout || complete.includes(false)) {
    throw new UsageError(
      `--platform ${option}: ${checkout} is not a CzP checkout (its pnpm-workspace.yaml listing remotes/*, design-system/ and packages/)`,
      'new',
    );
  }
  return { kind: 'path', checkout };
}

/**
 * The folder the remote is written to. In the workspace it must be remotes/<id> (the workspace lists remotes/*): from
 * the repository's root (where `pnpm czp` runs) or from remotes/ itself.
 */
export function targetFolder(platform: Platform, cwd: string, id: string): string {
  if (platform.kind !== 'workspace') return path.resolve(cwd, id);
  const remotes = path.join(platform.root, 'remotes');
  const here = path.resolve(cwd);
  if (here === platform.root || here === remotes) return path.join(remotes, id);
  throw new UsageError(
    `inside the CzP repository a new remote goes into remotes/: run czp new from ${platform.root} or ${remotes} (or pass --platform registry or --platform <checkout> for a project of its own)`,
    'new',
  );
}

/** The dependency spec of a platform package: `workspace:*`, its exact version, or `link:` into the checkout. */
export function platformSpec(platform: Platform, name: string): string {
  const known = PLATFORM_PACKAGES[name];
  if (!known) throw new Error(`${name} is not a platform package`);
  if (platform.kind === 'workspace') return 'workspace:*';
  if (platform.kind === 'registry') return known.version;
  return `link:${path.join(platform.checkout, known.folder)}`;
}
