import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Calendar } from '../app.js';

/** Where the host's client sends the remote's calls (the shell's forService('calendar')). */
const CALENDAR_API_PREFIX = '/api/services/calendar';

/**
 * The remote as the portal mounts it, its API answered by msw (the shared handlers of @czp/mocks): the host's client
 * is a plain fetch below /api/services/calendar, and navigation moves the address as the shell's does.
 */

const ORIGIN = 'http://portal.test';
const BASE = '/services/calendar';
const person = { id: 'p-1', name: 'Jan Novák', levelOfAssurance: 'substantial' as const };

const server = setupServer();

/** Every request the remote made, as path + query below the API prefix. */
export const requests: string[] = [];
/** The bodies the remote handed to `host.api.send`, as it built them (jsdom's FormData loses file names in fetch). */
export const sentBodies: unknown[] = [];

export function withMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
    sentBodies.length = 0;
    window.history.pushState(null, '', '/');
  });
  afterAll(() => server.close());
}

function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * jsdom's FormData reaches Node's fetch without its files' names or bytes; written out as multipart here, so the mock
 * server receives what a browser would send.
 */
async function multipart(form: FormData): Promise<{ body: Uint8Array<ArrayBuffer>; type: string }> {
  const boundary = 'czp-test-boundary-7f3a';
  const encode = (value: string) => new TextEncoder().encode(value);
  const parts: Uint8Array[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      parts.push(encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    } else {
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.name}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      parts.push(encode(head), await bytesOf(value), encode('\r\n'));
    }
  }
  parts.push(encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(new ArrayBuffer(parts.reduce((sum, part) => sum + part.length, 0)));
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.length;
  }
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

function call(path: string, init?: RequestInit): Promise<Response> {
  requests.push(`${init?.method ?? 'GET'} ${path}`);
  return fetch(`${ORIGIN}${CALENDAR_API_PREFIX}${path}`, init);
}

export function renderAt(path: string, handlers: RequestHandler[], locale: Locale = 'cs') {
  server.use(...handlers);
  window.history.pushState(null, '', `${BASE}${path}`);
  const host = createTestHost({
    serviceId: 'calendar',
    locale,
    person,
    api: {
      get: (apiPath, init) => call(apiPath, init),
      send: (method, apiPath, body) => {
        sentBodies.push(body);
        if (body instanceof FormData) {
          return multipart(body).then((form) =>
            call(apiPath, { method, body: form.body, headers: { 'Content-Type': form.type } }),
          );
        }
        return call(apiPath, {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
        });
      },
    },
  });
  host.props.host.navigate = (to) => {
    host.navigations.push(to);
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  const view = render(
    <TestRemote host={host}>
      <Calendar />
    </TestRemote>,
  );
  return { ...view, host };
}

/** Text with the non-breaking spaces of Czech formatting made plain. */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The error shown next to a field (its aria-describedby's `-error` element). */
export const errorOf = (field: HTMLElement) =>
  text(
    document.getElementById(
      (field.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ?? '',
    ),
  );

/** axe-core over the rendered page (the rules jsdom cannot evaluate off, as the design system's tests do). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
