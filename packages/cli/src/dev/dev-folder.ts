import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServiceMetadata } from '@czp/contract';
import { serviceMetadataSchema } from '@czp/contract/schemas';
import { CliError, UsageError } from '../errors.js';
import { folderLabel } from '../remote-folder.js';

/** A remote's folder as `czp dev` needs it: its metadata and its defineRemote() entry; no build needed. */
export interface DevFolder {
  dir: string;
  /** How messages name it, e.g. "remotes/pribram". */
  label: string;
  metadata: ServiceMetadata;
}

const SERVICE_FILE = 'czp.service.json';
const APP_FILE = 'src/app.tsx';

async function kindOf(file: string): Promise<'file' | 'directory' | 'missing' | 'other'> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/**
 * Checks `[dir]` before a server starts: a folder with czp.service.json valid as the portal checks it (the first
 * problem named with its field) and src/app.tsx; refuses with what to do otherwise.
 */
export async function readDevFolder(dirArg: string | undefined, cwd: string): Promise<DevFolder> {
  const dir = path.resolve(cwd, dirArg ?? '.');
  const label = folderLabel(dir, cwd);
  const kind = await kindOf(dir);
  if (kind === 'missing') throw new CliError(`${label} does not exist`);
  if (kind !== 'directory') throw new CliError(`${label} is not a folder`);
  if ((await kindOf(path.join(dir, SERVICE_FILE))) !== 'file') {
    throw new CliError(
      `${label} has no ${SERVICE_FILE}: czp dev runs a remote's folder (start one with \`czp new <id>\`)`,
    );
  }
  if ((await kindOf(path.join(dir, APP_FILE))) !== 'file') {
    throw new CliError(
      `${label} has no ${APP_FILE}: the emulator mounts the remote from it (\`export default defineRemote(App)\`)`,
    );
  }
  const text = await readFile(path.join(dir, SERVICE_FILE), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label}/${SERVICE_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = serviceMetadataSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || undefined;
    throw new CliError(
      `${label}/${SERVICE_FILE}: ${issue?.message ?? 'not valid service metadata'}`,
      1,
      field ? { field } : {},
    );
  }
  return { dir, label, metadata: parsed.data };
}

/** `--port <n>`: a whole number from 1 to 65535, or none. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 1 to 65535, e.g. --port 5174 (got "${value}")`, 'dev');
  }
  return port;
}
