import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature.js';

describe('the webhook signature', () => {
  const secret = newWebhookSecret();
  const body = '{"event":"submission.created","id":"7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11"}';

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    const expected = createHmac('sha256', secret).update(`1796288400.${body}`).digest('hex');
    expect(signWebhook(secret, 1796288400, body)).toBe(`sha256=${expected}`);
  });

  it('verifies with the secret only, for that body and timestamp only', () => {
    const signature = signWebhook(secret, 1796288400, body);
    expect(verifyWebhook(secret, '1796288400', body, signature)).toBe(true);
    expect(verifyWebhook(newWebhookSecret(), '1796288400', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1796288401', body, signature)).toBe(false);
    expect(verifyWebhook(secret, '1796288400', body.replace('created', 'deleted'), signature)).toBe(false);
    expect(verifyWebhook(secret, '1796288400', body, 'sha256=00')).toBe(false);
  });

  it('makes a new secret each time, 256 random bits', () => {
    const secrets = new Set(Array.from({ length: 20 }, newWebhookSecret));
    expect(secrets.size).toBe(20);
    for (const each of secrets) expect(each).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
