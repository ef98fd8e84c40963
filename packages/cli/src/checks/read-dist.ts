import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';

/**
 * Every regular file under dist/ by POSIX path relative to it, as `czp publish` uploads them (the gate leaves the
 * build by-products out itself). A symbolic link is refused, as pack and the server refuse it.
 */
export async function readDist(distDir: string, label: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(distDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const info = await lstat(path.join(distDir, child));
      if (info.isSymbolicLink()) {
        throw new CliError(`${label}/${child} is a symbolic link: put the file itself into dist/ (or rebuild)`);
      }
      if (info.isDirectory()) await walk(child);
      else if (info.isFile()) files.set(child, await readFile(path.join(distDir, child)));
    }
  };
  await walk('');
  return files;
}
