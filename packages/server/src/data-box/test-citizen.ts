/** Tests of the data box: a citizen signed in through the scripted identity provider, sending plain messages. */
import { randomBytes } from 'node:crypto';
import { DATA_BOX_API_PREFIX } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { CookieJar } from '../test/cookie-jar.js';

export interface TestCitizen {
  /** POST /messages as a multipart form without files; resolves with the status and the answer. */
  send(fields: Record<string, string>): Promise<{ status: number; body: { id?: string; message?: string } }>;
}

/** Signs `subject` in at an app built with `scriptedIdentityProvider` (its callback takes `<subject>:<level>`). */
export async function signInCitizen(app: FastifyInstance, subject: string): Promise<TestCitizen> {
  const jar = new CookieJar();
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const csrf = token.json().token as string;
  return {
    async send(fields) {
      const boundary = `----czp${randomBytes(8).toString('hex')}`;
      const payload = Buffer.concat([
        ...Object.entries(fields).map(([name, value]) =>
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
        ),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
      const response = await app.inject({
        method: 'POST',
        url: `${DATA_BOX_API_PREFIX}/messages`,
        headers: {
          cookie: jar.header(),
          'x-csrf-token': csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
      jar.store(response.headers['set-cookie']);
      return { status: response.statusCode, body: response.json() };
    },
  };
}
