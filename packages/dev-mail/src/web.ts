import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Inbox } from './inbox.js';
import { pickLanguage } from './labels.js';
import { inboxPage, notFoundPage, STYLESHEET_PATH } from './page.js';
import { STYLESHEET } from './styles.js';

/** The SMS sink takes what a phone takes at most (ten concatenated parts) and a number of E.164 length, formatted. */
const SMS_LIMITS = { toLength: 32, textLength: 1600, bodyBytes: 16 * 1024 } as const;

/** Nothing from outside: the page's own stylesheet, its own forms, never framed. */
const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** A caught HTML e-mail is someone else's markup: shown sandboxed, no scripts, no requests out. */
const EMAIL_HTML_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The web side: the inbox page (GET /), the stylesheet, an HTML e-mail on its own (GET /emails/:id.html), "delete all"
 * for the page's form (POST /clear), the SMS sink (POST /sms, JSON {to, text}) and the JSON API for tests
 * (GET and DELETE /api/messages).
 */
export function createWebHandler(inbox: Inbox, log: (message: string) => void) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://dev-mail.invalid');
    const method = request.method ?? 'GET';
    const language = pickLanguage(url.searchParams.get('lang'), request.headers['accept-language']);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');

    const route = `${method} ${url.pathname}`;
    if (route === 'GET /' || route === 'HEAD /') {
      return sendHtml(response, 200, inboxPage(inbox.list(), language));
    }
    if (route === `GET ${STYLESHEET_PATH}`) {
      return send(response, 200, 'text/css; charset=utf-8', STYLESHEET);
    }
    const htmlEmail = /^\/emails\/([a-z0-9]+)\.html$/.exec(url.pathname);
    if (method === 'GET' && htmlEmail) {
      const email = inbox.email(htmlEmail[1] ?? '');
      if (!email?.html) return sendHtml(response, 404, notFoundPage(language));
      response.setHeader('Content-Security-Policy', EMAIL_HTML_CSP);
      return send(response, 200, 'text/html; charset=utf-8', email.html);
    }
    if (route === 'POST /clear') {
      // A page on another site must not empty a developer's inbox with a hidden form.
      if (request.headers['sec-fetch-site'] === 'cross-site') return sendJson(response, 403, { error: 'cross-site' });
      inbox.clear();
      response.writeHead(303, { Location: `/?lang=${language}` }).end();
      return;
    }
    if (route === 'GET /api/messages') return sendJson(response, 200, inbox.list());
    if (route === 'DELETE /api/messages') {
      inbox.clear();
      response.writeHead(204).end();
      return;
    }
    if (route === 'POST /sms') return receiveSms(request, response, inbox, log);
    if (['/', STYLESHEET_PATH, '/clear', '/api/messages', '/sms'].includes(url.pathname)) {
      return sendJson(response, 405, { error: 'method-not-allowed', message: `${method} is not allowed here` });
    }
    return sendHtml(response, 404, notFoundPage(language));
  };
}

async function receiveSms(request: IncomingMessage, response: ServerResponse, inbox: Inbox, log: (m: string) => void) {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, { error: 'unsupported-media-type', message: 'Send JSON: {"to": "…", "text": "…"}' });
  }
  const raw = await readBody(request, SMS_LIMITS.bodyBytes);
  if (raw === null) return sendJson(response, 413, { error: 'too-large', message: 'The SMS is too large' });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return sendJson(response, 400, { error: 'validation', message: 'The body is not valid JSON' });
  }
  const { to, text } = (typeof body === 'object' && body !== null ? body : {}) as { to?: unknown; text?: unknown };
  if (typeof to !== 'string' || to.trim() === '' || to.length > SMS_LIMITS.toLength) {
    return sendJson(response, 400, {
      error: 'validation',
      field: 'to',
      message: `to must be a phone number of at most ${SMS_LIMITS.toLength} characters, e.g. +420 601 123 456`,
    });
  }
  if (typeof text !== 'string' || text === '' || text.length > SMS_LIMITS.textLength) {
    return sendJson(response, 400, {
      error: 'validation',
      field: 'text',
      message: `text must be the message, 1 to ${SMS_LIMITS.textLength} characters`,
    });
  }
  const key = request.headers['idempotency-key'];
  const caught = inbox.addSms({ to: to.trim(), text, key: typeof key === 'string' ? key : null });
  log(`dev-mail: SMS to ${caught.to}`);
  return sendJson(response, 202, { id: caught.id });
}

/** The body as text, or null when it is longer than `limit` bytes. */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(body);
}

function sendHtml(response: ServerResponse, status: number, body: string): void {
  response.setHeader('Content-Security-Policy', PAGE_CSP);
  send(response, status, 'text/html; charset=utf-8', body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
