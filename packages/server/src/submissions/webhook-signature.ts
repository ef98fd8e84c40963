import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The webhook's signature: HMAC-SHA256 with the service's secret over "<timestamp>.<body>", sent as
 * `X-CzP-Signature: sha256=<hex>` with the timestamp (Unix seconds) in `X-CzP-Timestamp`. The timestamp is signed so
 * a recorded request cannot be replayed later with a fresh one.
 */

/** A new secret: whsec_ + 32 random bytes (base64url). The whole string is the HMAC key. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver does (the README's example): recompute and compare in constant time. */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && given.length === expected.length && timingSafeEqual(given, expected);
}
