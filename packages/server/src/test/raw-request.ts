import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * GET over a real socket with the path sent exactly as given: `app.inject` (like a browser) normalises `..`,
 * `%2e%2e` and backslashes before the server sees them, which would hide traversal attempts.
 */
export async function rawGet(app: FastifyInstance, path: string): Promise<{ status: number; body: string }> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * Any request over a real socket, its request target written byte for byte (`/%61pi/…`, `http://host/api/…`,
 * `//api`, `/api;x`): what an attacker's client sends, which neither `app.inject` nor a browser would normalise away.
 */
export async function rawRequest(
  app: FastifyInstance,
  request: { method: string; target: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const body = request.body ?? '';
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    connection: 'close',
    'content-length': String(Buffer.byteLength(body)),
    ...(body ? { 'content-type': 'application/json' } : {}),
    ...request.headers,
  };
  const head = [
    `${request.method} ${request.target} HTTP/1.1`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  const raw = await new Promise<Buffer>((resolve, reject) => {
    // write, not end: a half-closed socket lets the server drop a response it is still working on.
    // `connection: close` makes the server end the socket once it answered.
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(`${head}\r\n\r\n${body}`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...headerLines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const responseHeaders: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    responseHeaders[name] = responseHeaders[name] ? `${responseHeaders[name]}, ${value}` : value;
  }
  let content = raw.subarray(split + 4);
  if (/chunked/i.test(responseHeaders['transfer-encoding'] ?? '')) content = unchunk(content);
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers: responseHeaders, body: content.toString('utf8') };
}

function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const end = data.indexOf('\r\n', at);
    const size = Number.parseInt(data.subarray(at, end).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(data.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
}
