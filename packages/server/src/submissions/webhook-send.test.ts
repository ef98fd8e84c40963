import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport } from './webhook-send.js';

let server: Server;
let port: number;
const seen: { path: string; host: string | undefined; body: string; signature: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({
        path: request.url ?? '',
        host: request.headers.host,
        body: Buffer.concat(chunks).toString(),
        signature: request.headers['x-czp-signature'] as string | undefined,
      });
      if (request.url === '/slow') return; // never answers
      if (request.url === '/moved') {
        response.writeHead(301, { Location: `http://127.0.0.1:${port}/elsewhere` }).end();
        return;
      }
      response.writeHead(request.url === '/broken' ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = { production: false };
const request = (path: string, host = '127.0.0.1') => ({
  url: `http://${host}:${port}${path}`,
  body: '{"event":"ping"}',
  headers: { 'Content-Type': 'application/json', 'X-CzP-Signature': 'sha256=ab' },
});

describe('sending one webhook request', () => {
  it('POSTs the body and headers and answers the status', async () => {
    const send = httpTransport(local, async (host) => [host]);
    expect(await send(request('/ok'))).toMatchObject({ status: 204, error: null });
    expect(await send(request('/broken'))).toMatchObject({ status: 500, error: null });
    expect(seen.at(-1)).toMatchObject({ path: '/broken', body: '{"event":"ping"}', signature: 'sha256=ab' });
  });

  it('connects to the address the policy checked, keeping the name in Host', async () => {
    const send = httpTransport(local, async () => ['127.0.0.1']);
    const outcome = await send(request('/named', 'localhost'));
    expect(outcome.status).toBe(204);
    expect(seen.at(-1)).toMatchObject({ path: '/named', host: `localhost:${port}` });
  });

  it('calls nothing the production policy refuses at send time', async () => {
    const before = seen.length;
    const send = httpTransport({ production: true }, async () => ['127.0.0.1']);
    const outcome = await send({ ...request('/ok'), url: `https://hooks.example.cz:${port}/ok` });
    expect(outcome.status).toBeNull();
    expect(outcome.error).toContain('127.0.0.1');
    expect(seen.length).toBe(before);
  });

  it('follows no redirect', async () => {
    const send = httpTransport(local, async (host) => [host]);
    const outcome = await send(request('/moved'));
    expect(outcome.status).toBe(301);
    expect(seen.at(-1)?.path).toBe('/moved');
  });

  it('gives up when no answer comes in time', async () => {
    const send = httpTransport(local, async (host) => [host], 300);
    const outcome = await send(request('/slow'));
    expect(outcome.status).toBeNull();
    expect(outcome.error).toContain('no answer within 0.3 s');
    expect(outcome.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('says why nothing answered', async () => {
    const send = httpTransport(local, async (host) => [host]);
    const outcome = await send({ ...request('/ok'), url: 'http://127.0.0.1:1/ok' });
    expect(outcome).toMatchObject({ status: null });
    expect(outcome.error).toContain('ECONNREFUSED');
  });
});
