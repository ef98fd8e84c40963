import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WasteCalendar } from './app.js';
import { STREETS } from './collections.js';

afterEach(cleanup);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function renderSignedIn(answerPost: (body: unknown) => Response, locale: Locale = 'cs', signedIn = true) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const host = createTestHost({
    serviceId: 'lysa',
    locale,
    person: signedIn ? { id: 'p-1', name: 'Jan Novák', levelOfAssurance: 'substantial' } : null,
    api: {
      get: async (path) => {
        calls.push({ method: 'GET', path });
        return json(200, { events: [{ id: 'old-1' }] });
      },
      send: async (method, path, body) => {
        calls.push({ method, path, body });
        return method === 'POST' ? answerPost(body) : new Response(null, { status: 204 });
      },
    },
  });
  render(
    <TestRemote host={host}>
      <WasteCalendar today={() => new Date(2026, 11, 3, 9)} />
    </TestRemote>,
  );
  const street = STREETS[0];
  fireEvent.change(screen.getByRole('combobox'), { target: { value: street?.id } });
  return { calls, street };
}

describe("Lysá's collections in the portal's Calendar", () => {
  it('replaces the service’s earlier events with the chosen street’s days, in both languages', async () => {
    const { calls, street } = renderSignedIn(() => json(201, { events: [] }));
    fireEvent.click(screen.getByRole('button', { name: 'Vložit svozy do Kalendáře' }));
    const status = await screen.findByText(/Vloženo \d+ termínů svozu/);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /calendar/events',
      'DELETE /calendar/events/old-1',
      'POST /calendar/events',
    ]);
    const { events } = (calls[2]?.body ?? { events: [] }) as {
      events: { ref: string; title: { cs: string; en: string }; date: string; place: string }[];
    };
    expect(status.textContent).toContain(String(events.length));
    expect(events.length).toBeGreaterThan(10);
    expect((events[0]?.date ?? '') >= '2026-12-03').toBe(true);
    expect(events[0]?.place).toBe(`${street?.name}, Lysá nad Labem`);
    expect(events.every((event) => event.title.cs && event.title.en && event.ref.startsWith(event.date))).toBe(true);
    expect(new Set(events.map((event) => event.ref)).size).toBe(events.length);
  });

  it('asks to add the service first when the portal says it is not added', async () => {
    renderSignedIn(() => json(403, { error: 'service-not-added', message: '…' }), 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Put the collections in my Calendar' }));
    await screen.findByText('First add the service Waste collection in Lysá nad Labem to My services.');
  });

  it('asks a signed-out visitor to log in instead of offering the button', () => {
    renderSignedIn(() => json(201, {}), 'cs', false);
    expect(screen.getByText('Pro vložení do Kalendáře se přihlaste.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vložit svozy do Kalendáře' })).toBeNull();
  });
});
