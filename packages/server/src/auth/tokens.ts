import { createHash, randomBytes } from 'node:crypto';

/** A random, unguessable id for a cookie (256 bits). */
export function newOpaqueId(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the id itself. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Plausible cookie value: anything else is rejected before it reaches the database. */
export function isOpaqueId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
