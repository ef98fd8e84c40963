import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE } from './data-folder-lock.js';
import { createPgliteDatabase } from './pglite.js';

const here = dirname(fileURLToPath(import.meta.url));
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Another process that opens the folder with the server's own code, says "open" and waits to be killed. */
function otherProcess(folder: string) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { runnerImport } from 'vite';
       const { module } = await runnerImport(${JSON.stringify(join(here, 'pglite.ts'))});
       await module.createPgliteDatabase(${JSON.stringify(folder)});
       console.log('open');
       setInterval(() => {}, 1000);`,
    ],
    { cwd: join(here, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const opened = new Promise<void>((resolve, reject) => {
    let errors = '';
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('open')) resolve();
    });
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('exit', (code) => reject(new Error(`the other process ended (${code}): ${errors}`)));
  });
  return { child, opened };
}

describe('an embedded data folder serves one process', () => {
  it('refuses a second open in the same process, naming the folder; free again once closed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-lock-'));
    const first = await createPgliteDatabase(dir);
    const second = createPgliteDatabase(dir);
    await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
    await expect(second).rejects.toThrow(
      `The database folder ${dir} is in use by another CzP process (pid ${process.pid})`,
    );
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await createPgliteDatabase(dir);
    await again.close();
  }, 60_000);

  it('refuses while another live process has it, and takes over the lock of one killed with SIGKILL', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-lock-'));
    const other = otherProcess(dir);
    try {
      await other.opened;
      await expect(createPgliteDatabase(dir)).rejects.toThrow(
        `The database folder ${dir} is in use by another CzP process (pid ${other.child.pid})`,
      );
    } finally {
      const exited = new Promise((resolve) => other.child.once('exit', resolve));
      other.child.kill('SIGKILL');
      await exited;
    }
    // Its lock file stays behind; its process is gone, so the folder is free.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const db = await createPgliteDatabase(dir);
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
    await db.close();
  }, 90_000);

  it('takes over a lock file whose process is gone or whose content is not a pid', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-lock-'));
    await writeFile(join(dir, LOCK_FILE), 'not a pid\n');
    const db = await createPgliteDatabase(dir);
    await db.close();
  }, 60_000);
});
