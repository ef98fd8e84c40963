import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** SESSION_SECRET when set; else a random secret made once per data folder and kept in `<dataDir>/secret`. */
export async function loadSessionSecret(dataDir: string, fromEnv = process.env.SESSION_SECRET): Promise<string> {
  if (fromEnv && fromEnv.length > 0) return fromEnv;
  const file = join(dataDir, 'secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process made it first: use theirs.
    return (await readFile(file, 'utf8')).trim();
  }
}
