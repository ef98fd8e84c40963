import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { ConfigurationError } from '../startup/configuration-error.js';

/** The operator's bearer token for /metrics, /api/operations/* and the details of /api/health. */
export const OPERATOR_TOKEN_ENV = 'CZP_OPERATOR_TOKEN';
/** Where a development portal keeps the token it made (in its data folder, readable by its owner only). */
const OPERATOR_TOKEN_FILE = 'operator-token';
const MIN_LENGTH = 32;

/**
 * CZP_OPERATOR_TOKEN when set (at least 32 characters). Outside production without one, a random token made once per
 * data folder and kept in `<dataDir>/operator-token`. In production without one: none, and the operator endpoints
 * answer 401 to everyone.
 */
export async function loadOperatorToken(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<{ token: string | null; source: 'environment' | 'file' | 'none'; file?: string }> {
  const fromEnv = env[OPERATOR_TOKEN_ENV];
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) {
      throw new ConfigurationError(
        `${OPERATOR_TOKEN_ENV} must be at least ${MIN_LENGTH} characters (e.g. openssl rand -hex 32).`,
      );
    }
    return { token: fromEnv, source: 'environment' };
  }
  if (env.NODE_ENV === 'production') return { token: null, source: 'none' };
  const file = join(dataDir, OPERATOR_TOKEN_FILE);
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing.length >= MIN_LENGTH) return { token: existing, source: 'file', file };
  await mkdir(dataDir, { recursive: true });
  const token = `czp_op_${randomBytes(32).toString('base64url')}`;
  try {
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return { token, source: 'file', file };
  } catch {
    // Another process made it first: use theirs.
    return { token: (await readFile(file, 'utf8')).trim(), source: 'file', file };
  }
}

/** Checks `Authorization: Bearer <token>` against the operator's token, in constant time. */
export class OperatorCredential {
  private readonly hash: Buffer | null;

  constructor(token: string | null | undefined) {
    this.hash = token ? sha256(token) : null;
  }

  /** Whether the request carries the operator's token. Always false when no token is configured. */
  allows(request: FastifyRequest): boolean {
    if (!this.hash) return false;
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(request.headers.authorization ?? '');
    return match?.[1] !== undefined && timingSafeEqual(sha256(match[1]), this.hash);
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
