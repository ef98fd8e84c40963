/** Tests of the data box: a citizen signed in through the scripted identity provider, sending forms. */
import { randomBytes } from 'node:crypto';
import { COOKIES, DATA_BOX_API_PREFIX, type Locale } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { CookieJar } from '../test/cookie-jar.js';

interface TestFile {
  name: string;
  content: Buffer;
  type?: string;
}

interface TestAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
}

export interface TestCitizen {
  /** A request below the data box API; a form is sent as multipart/form-data, anything else as JSON. */
  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    form?: { fields: Record<string, string>; files?: TestFile[] },
  ): Promise<TestAnswer>;
  /** POST /messages without files. */
  send(fields: Record<string, string>, files?: TestFile[]): Promise<TestAnswer>;
}

/** A multipart/form-data body as a browser sends it; names and values go as UTF-8, byte for byte. */
function messageForm(fields: Record<string, string>, files: TestFile[] = []) {
  const boundary = `----czp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Signs `subject` in at an app built with `scriptedIdentityProvider` (its callback takes `<subject>:<level>`). */
export async function signInCitizen(
  app: FastifyInstance,
  subject: string,
  consent: 'given' | 'declined' | 'pending' = 'given',
  /** The language the citizen chose in the portal (its cookie); none by default. */
  locale?: Locale,
): Promise<TestCitizen> {
  const jar = new CookieJar();
  if (locale) jar.set(COOKIES.locale, locale);
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
  // The data box is for a citizen who consented to the processing of their data (the consent page at first login).
  if (consent !== 'pending') {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/consent',
      headers: { cookie: jar.header(), 'x-csrf-token': csrf },
      payload: { consent },
    });
    jar.store(answer.headers['set-cookie']);
  }
  const request: TestCitizen['request'] = async (method, path, form) => {
    const body = form ? messageForm(form.fields, form.files) : null;
    const response = await app.inject({
      method,
      url: `${DATA_BOX_API_PREFIX}${path}`,
      headers: { cookie: jar.header(), 'x-csrf-token': csrf, ...(body ? { 'content-type': body.contentType } : {}) },
      ...(body ? { payload: body.payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, body: type.startsWith('application/json') ? response.json() : null };
  };
  return {
    request,
    send: (fields, files) => request('POST', '/messages', { fields, ...(files ? { files } : {}) }),
  };
}
