import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelsFromEnvironment } from './environment.js';
import { httpSmsGateway } from './sms.js';

/** A gateway on a free port: records what it gets, answers 503 to one number. */
let server: Server;
let url: string;
const received: { headers: IncomingHttpHeaders; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    request.on('end', () => {
      const body = JSON.parse(raw) as { to: string };
      if (body.to === '+420 777 000 000') {
        response.writeHead(503).end('operator down');
        return;
      }
      received.push({ headers: request.headers, body });
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
});

describe('httpSmsGateway', () => {
  it('posts {to, text} as JSON with the key and the token', async () => {
    const gateway = httpSmsGateway({ url, token: 'secret-token' });
    await gateway.send({ to: '+420 601 123 456', text: 'Kód: 123456. Platí 15 minut.', key: 'k-1' });
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toEqual({ to: '+420 601 123 456', text: 'Kód: 123456. Platí 15 minut.' });
    expect(received[0]?.headers['content-type']).toBe('application/json');
    expect(received[0]?.headers.authorization).toBe('Bearer secret-token');
    expect(received[0]?.headers['idempotency-key']).toBe('k-1');
  });

  it('rejects an answer other than 2xx, with the status', async () => {
    const gateway = httpSmsGateway({ url });
    await expect(gateway.send({ to: '+420 777 000 000', text: 'x' })).rejects.toThrow(/503: operator down/);
    expect(received).toHaveLength(0);
  });

  it('is configured by CZP_SMS_URL and CZP_SMS_TOKEN, absent without the URL', async () => {
    expect(channelsFromEnvironment({}).sms).toBeUndefined();
    const { sms } = channelsFromEnvironment({ CZP_SMS_URL: url });
    await sms?.send({ to: '+420 602 234 567', text: 'Ahoj' });
    expect(received.map((entry) => entry.headers.authorization)).toEqual([undefined]);
  });
});
