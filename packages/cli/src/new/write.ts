import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';

/** Refuses a folder that has anything in it (or a file of that name): czp new never overwrites. */
export async function ensureEmptyFolder(folder: string, shown: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new CliError(`${shown} already exists and is not a folder: choose another id`);
  const entries = await readdir(folder);
  if (entries.length > 0) {
    throw new CliError(`${shown} already exists and is not empty: choose another id, or empty or remove the folder`);
  }
}

/** Writes the files (paths relative to `folder`), creating their folders; `wx` so nothing existing is replaced. */
export async function writeFiles(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [name, content] of files) {
    const file = path.join(folder, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, { flag: 'wx' });
  }
}
