import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError, UsageError } from './errors.js';

/** A remote's folder, checked locally as far as czp can before anything is sent. */
export interface RemoteFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** How messages name the folder: its path relative to the working directory, e.g. "remotes/telc". */
  label: string;
  /** `id` from czp.service.json. */
  serviceId: string;
  /** `version` from package.json: the version that is published. */
  version: string;
  /** czp.service.json exactly as written (sent as the `metadata` field). */
  metadataText: string;
  /** Absolute path of the built bundle, dir/dist. */
  distDir: string;
}

const SERVICE_FILE = 'czp.service.json';
const PACKAGE_FILE = 'package.json';
const DIST_DIR = 'dist';
/** Files a remote built with @czp/remote-build always has in dist/. */
const REQUIRED_DIST_FILES = ['mf-manifest.json', 'remoteEntry.js'] as const;

/** semver 2.0.0 (https://semver.org), without a leading "v". */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

/** The folder as messages name it: relative to cwd with POSIX separators, its own name when it is cwd. */
export function folderLabel(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  if (relative === '') return path.basename(dir) || dir;
  if (relative.startsWith('..') || path.isAbsolute(relative)) return dir;
  return relative.split(path.sep).join('/');
}

async function kindOf(file: string): Promise<'file' | 'directory' | 'other' | 'missing'> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return 'missing';
    }
    throw error;
  }
}

async function readJsonFile(file: string, label: string): Promise<{ text: string; value: unknown }> {
  const text = await readFile(file, 'utf8');
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    throw new CliError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function checkFolder(dir: string, label: string): Promise<void> {
  const kind = await kindOf(dir);
  if (kind === 'missing') throw new CliError(`${label} does not exist`);
  if (kind !== 'directory') throw new CliError(`${label} is not a folder`);
}

/** Reads czp.service.json: its text and its `id`. */
export async function readServiceFile(
  dir: string,
  label: string,
): Promise<{ serviceId: string; metadataText: string }> {
  await checkFolder(dir, label);
  const file = path.join(dir, SERVICE_FILE);
  if ((await kindOf(file)) !== 'file') {
    throw new CliError(
      `${label} has no ${SERVICE_FILE}: is it a remote's folder? (or name the service with --service <id>)`,
    );
  }
  const { text, value } = await readJsonFile(file, `${label}/${SERVICE_FILE}`);
  const id = isRecord(value) ? value.id : undefined;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new CliError(`${label}/${SERVICE_FILE} has no "id": give the service its id, e.g. "id": "telc"`, 1, {
      field: 'id',
    });
  }
  return { serviceId: id, metadataText: text };
}

/** Reads the `version` of package.json and checks that it is a semver version. */
export async function readPackageVersion(dir: string, label: string): Promise<string> {
  const file = path.join(dir, PACKAGE_FILE);
  if ((await kindOf(file)) !== 'file') throw new CliError(`${label} has no ${PACKAGE_FILE}`);
  const { value } = await readJsonFile(file, `${label}/${PACKAGE_FILE}`);
  const version = isRecord(value) ? value.version : undefined;
  if (typeof version !== 'string' || version === '') {
    throw new CliError(`${label}/${PACKAGE_FILE} has no "version": set the version to publish, e.g. "1.0.0"`, 1, {
      field: 'version',
    });
  }
  if (!isSemver(version)) {
    throw new CliError(
      `${label}/${PACKAGE_FILE}: the version "${version}" is not a semver version (major.minor.patch, e.g. 1.2.0)`,
      1,
      { field: 'version' },
    );
  }
  return version;
}

/** Checks that dist/ exists and holds what every remote build has. */
async function checkDist(dir: string, label: string): Promise<string> {
  const distDir = path.join(dir, DIST_DIR);
  if ((await kindOf(distDir)) !== 'directory') {
    throw new CliError(`${label} has no ${DIST_DIR}/: run \`pnpm build\` first`);
  }
  for (const name of REQUIRED_DIST_FILES) {
    if ((await kindOf(path.join(distDir, name))) !== 'file') {
      throw new CliError(
        `${label}/${DIST_DIR} has no ${name}: run \`pnpm build\` first (the remote must be built with @czp/remote-build)`,
      );
    }
  }
  return distDir;
}

/** Reads and checks a remote's folder: czp.service.json, package.json and a built dist/. */
export async function readRemoteFolder(dirArg: string | undefined, cwd: string): Promise<RemoteFolder> {
  const dir = path.resolve(cwd, dirArg ?? '.');
  const label = folderLabel(dir, cwd);
  const { serviceId, metadataText } = await readServiceFile(dir, label);
  const version = await readPackageVersion(dir, label);
  const distDir = await checkDist(dir, label);
  return { dir, label, serviceId, version, metadataText, distDir };
}

/** The service a command is about: `--service <id>`, or the `id` in [dir]/czp.service.json. */
export async function resolveServiceId(dirArg: string | undefined, service: string | undefined, cwd: string) {
  if (service !== undefined) {
    if (service.trim() === '') throw new UsageError('--service needs a service id, e.g. --service telc');
    return service;
  }
  const dir = path.resolve(cwd, dirArg ?? '.');
  return (await readServiceFile(dir, folderLabel(dir, cwd))).serviceId;
}
