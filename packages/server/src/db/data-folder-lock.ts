import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../startup/configuration-error.js';

/** The lock file in an embedded database folder: the pid of the one process that has it open. */
export const LOCK_FILE = 'czp.lock';

/** Another live process has the folder open: two PGlite instances on one folder lose each other's writes. */
export class DataFolderInUseError extends ConfigurationError {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `The database folder ${folder} is in use by another CzP process (pid ${pid}): a server or czp-admin. ` +
        'Stop that process first, or point DATA_DIR at another folder; an embedded database serves one process only. ' +
        '(With several processes, use PostgreSQL: set DATABASE_URL.)',
    );
  }
}

/** Folders this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it only belongs to somebody else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder for this process, or throws DataFolderInUseError naming the process that has it. A lock left by a
 * process that died (kill -9, a crash) is taken over. Returns the release (also run when the process exits).
 */
export function lockDataFolder(folder: string, pid = process.pid): () => void {
  const file = join(resolve(folder), LOCK_FILE);
  if (held.has(file)) throw new DataFolderInUseError(folder, pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx', mode: 0o600 });
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off('exit', release);
        try {
          if (Number(readFileSync(file, 'utf8').trim()) === pid) unlinkSync(file);
        } catch {}
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== pid && isAlive(holder)) {
      throw new DataFolderInUseError(folder, holder);
    }
    // Stale (its process is gone, or the file is unreadable): remove it and try once more.
    try {
      unlinkSync(file);
    } catch {}
  }
  throw new DataFolderInUseError(folder, Number(readFileSync(file, 'utf8').trim()) || 0);
}
