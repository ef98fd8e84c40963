import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServiceBus } from './bus.js';
import { BusRefusal, InvalidAnswerError, UnknownPersonError } from './errors.js';
import { GatewayError, httpGateway } from './http-gateway.js';
import type { AccessLogPort } from './types.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A tiny stand-in for the gateway: records each request and answers with whatever the test sets. */
let seen: Seen[] = [];
let handler: (request: Seen, response: ServerResponse) => void | Promise<void>;
let server: Server;
let baseUrl: string;

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const request = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    seen.push(request);
    await handler(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  handler = (_request, response) => json(response, 500, { error: 'not set' });
});

const signal = () => AbortSignal.timeout(5000);

describe('httpGateway: the conversion authority', () => {
  it('posts the subject and the agenda and returns the aifo', async () => {
    handler = (request, response) =>
      json(response, 200, { aifo: `aifo-${(request.body as { agenda: string }).agenda}-0001` });
    const gateway = httpGateway(`${baseUrl}/`);
    expect(await gateway.conversion.aifo('subject-1', 'A121', signal())).toBe('aifo-A121-0001');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/conversion/aifo',
      body: { subject: 'subject-1', agenda: 'A121' },
    });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('turns its 404 into UnknownPersonError, other failures into GatewayError, and a bad aifo into InvalidAnswerError', async () => {
    const gateway = httpGateway(baseUrl);
    handler = (_request, response) => json(response, 404, { error: 'unknown-person' });
    await expect(gateway.conversion.aifo('nobody', 'A121', signal())).rejects.toBeInstanceOf(UnknownPersonError);
    handler = (_request, response) => json(response, 500, { error: 'boom' });
    await expect(gateway.conversion.aifo('s', 'A121', signal())).rejects.toMatchObject({
      name: 'GatewayError',
      status: 500,
    });
    handler = (_request, response) => json(response, 200, { aifo: 'x' });
    await expect(gateway.conversion.aifo('s', 'A121', signal())).rejects.toBeInstanceOf(InvalidAnswerError);
  });
});

describe('httpGateway: registers', () => {
  it('reads the asked items by the aifo, saying who reads and why', async () => {
    handler = (_request, response) => json(response, 200, { name: { givenName: 'Jan', familyName: 'Novák' } });
    const gateway = httpGateway(baseUrl);
    const answer = await gateway.registers.residents.read('ab/c+d==', ['name', 'birth'], signal(), {
      reader: 'vitakarta',
      purpose: 'prefill-form',
    });
    expect(answer).toEqual({ name: { givenName: 'Jan', familyName: 'Novák' } });
    expect(seen[0]?.method).toBe('GET');
    const url = new URL(seen[0]?.url ?? '', baseUrl);
    expect(url.pathname).toBe('/registers/residents/ab%2Fc%2Bd%3D%3D');
    expect(url.searchParams.get('items')).toBe('name,birth');
    expect(seen[0]?.headers['x-reader']).toBe('vitakarta');
    expect(seen[0]?.headers['x-purpose']).toBe('prefill-form');
  });

  it('fetches the register’s own access records', async () => {
    handler = (_request, response) => json(response, 200, []);
    const gateway = httpGateway(baseUrl);
    expect(await gateway.registers.drivers.accessRecords('aifo-1', signal())).toEqual([]);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/registers/drivers/aifo-1/access-records' });
  });

  it('treats non-2xx answers as failures (404: the register does not know the person)', async () => {
    const gateway = httpGateway(baseUrl);
    handler = (_request, response) => json(response, 503, { error: 'register-unavailable' });
    const failure = await gateway.registers.health.read('aifo-1', ['insurer'], signal()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ status: 503 });
    handler = (_request, response) => json(response, 404, { error: 'unknown-aifo' });
    await expect(gateway.registers.health.read('aifo-1', ['insurer'], signal())).rejects.toBeInstanceOf(
      UnknownPersonError,
    );
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>');
    };
    await expect(gateway.registers.health.accessRecords('aifo-1', signal())).rejects.toBeInstanceOf(GatewayError);
  });

  it('aborts the request when the signal does', async () => {
    handler = async (_request, response) => {
      await sleep(2000);
      if (!response.destroyed) json(response, 200, {});
    };
    const gateway = httpGateway(baseUrl);
    const started = Date.now();
    await expect(gateway.registers.trade.read('aifo-1', ['ico'], AbortSignal.timeout(50))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('httpGateway: the register of rights and obligations', () => {
  it('posts the subject and returns the agendas', async () => {
    handler = (_request, response) => json(response, 200, [{ code: 'A121' }]);
    const gateway = httpGateway(baseUrl);
    expect(await gateway.agendas.agendas('subject-1', signal())).toEqual([{ code: 'A121' }]);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/rpp/agendas', body: { subject: 'subject-1' } });
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const gateway = httpGateway('https://gateway.example', {
      fetch: async (input) => {
        urls.push(String(input));
        return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    await gateway.agendas.agendas('s', signal());
    expect(urls).toEqual(['https://gateway.example/rpp/agendas']);
  });
});

describe('the bus over httpGateway', () => {
  const log: AccessLogPort = {
    start: async () => 'row-1',
    finish: async () => undefined,
    refused: async () => undefined,
  };
  const person = { id: 'p1', subject: '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01' };

  it('reads through the gateway: conversion, then the register under its aifo', async () => {
    handler = (request, response) => {
      if (request.url === '/conversion/aifo') return json(response, 200, { aifo: 'ROB0000000000000001' });
      return json(response, 200, {
        citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
        extra: 1,
      });
    };
    const bus = createServiceBus({ ...httpGateway(baseUrl), log });
    const data = await bus.read({
      person,
      reader: { kind: 'portal', id: 'data' },
      register: 'residents',
      items: ['citizenship'],
      purpose: 'show-to-citizen',
    });
    expect(data).toEqual({ citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } } });
    expect(seen.map((s) => s.url)).toEqual([
      '/conversion/aifo',
      '/registers/residents/ROB0000000000000001?items=citizenship',
    ]);
    expect(seen[1]?.headers).toMatchObject({ 'x-reader': 'data', 'x-purpose': 'show-to-citizen' });
  });

  it('answers a failing register with 503 after its retry', async () => {
    handler = (request, response) => {
      if (request.url === '/conversion/aifo') return json(response, 200, { aifo: 'CRR0000000000000001' });
      return json(response, 503, { error: 'register-unavailable' });
    };
    const bus = createServiceBus({ ...httpGateway(baseUrl), log, resilience: { retries: 1, timeoutMs: 500 } });
    const error = await bus
      .read({
        person,
        reader: { kind: 'portal', id: 'data' },
        register: 'drivers',
        items: ['points'],
        purpose: 'show-to-citizen',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusRefusal);
    expect(error).toMatchObject({ code: 'register-unavailable', status: 503 });
    expect(seen.filter((s) => s.url.startsWith('/registers/drivers/'))).toHaveLength(2);
  });
});
