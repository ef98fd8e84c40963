import type { IncomingMessage, ServerResponse } from 'node:http';

/** Form bodies are a few fields; anything larger is refused before it is buffered. */
const MAX_FORM_BYTES = 10 * 1024;

export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Reads an application/x-www-form-urlencoded body; 413 past the limit, 415 for another content type. */
export async function readForm(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    throw new HttpError(415, 'expected an application/x-www-form-urlencoded body');
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new HttpError(413, 'body too large');
  }
  // Event-based rather than for-await: leaving a for-await loop early destroys the socket, and then no 413 page
  // could be sent. Past the limit the rest is drained and dropped.
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => (size > limit ? reject(new HttpError(413, 'body too large')) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
  return new URLSearchParams(body.toString('utf8'));
}

/**
 * Headers for the pages we render. form-action lists the relying parties' origins because Chromium applies it to
 * the redirects that follow a form submission too (interaction → /auth → the portal's redirect_uri).
 */
export function pageSecurityHeaders(formActionOrigins: readonly string[], nonce?: string): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    nonce ? `script-src 'nonce-${nonce}'` : undefined,
    `form-action 'self' ${formActionOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].filter(Boolean);
  return {
    'Content-Security-Policy': csp.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
}

export function sendHtml(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(buffer.length),
  });
  res.end(buffer);
}

/** 303 so a POSTed form is followed by a GET. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Content-Length': '0', 'Cache-Control': 'no-store' });
  res.end();
}
