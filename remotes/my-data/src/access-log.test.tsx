import type { AccessLogEntry } from '@czp/contract';
import { janNovakAccessLog, myDataHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  errorOf,
  expectNoAxeViolations,
  mockOrigin,
  renderAt,
  requests,
  text,
  withMockServer,
} from './test/harness.js';

withMockServer();
afterEach(cleanup);

const today = new Date('2026-12-03T12:00:00.000Z');
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('WHO USED MY DATA', () => {
  it('lists every read newest first with who, register, items, purpose and outcome', async () => {
    const { container } = renderAt('/access-log', myDataHandlers({ origin: mockOrigin, today }));
    const table = await screen.findByRole('table');
    expect(requests).toEqual(['GET /access-log']);
    expect(text(table.querySelector('caption'))).toBe(
      'Čtení vašich údajů, nejnovější nahoře (celkem 6, stránka 1 z 1)',
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => [th.textContent, th.getAttribute('scope')]),
    ).toEqual([
      ['Kdy', 'col'],
      ['Kdo', 'col'],
      ['Registr', 'col'],
      ['Údaje', 'col'],
      ['Účel', 'col'],
      ['Výsledek', 'col'],
    ]);
    const [first, , refused, , police] = rows().map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => text(cell)),
    );
    // The time in the browser's zone: only the format is fixed here.
    expect(first?.[0]).toMatch(/^3\. 12\. 2026 \d{1,2}:15$/);
    expect(first?.slice(1)).toEqual([
      'Portál občana – Údaje portál',
      'Základní registr obyvatel',
      'Jméno a příjmení, Datum a místo narození, Státní občanství, Fotografie, Identifikátor datové schránky, Doklady, Adresa místa pobytu',
      'Zobrazení údajů občanovi',
      'Přečteno',
    ]);
    expect(refused?.[1]).toBe('Vitakarta služba portálu');
    expect(refused?.[5]).toBe('Odmítnuto: služba tyto údaje ve svém popisu neuvádí');
    expect(police?.[1]).toBe('Policie České republiky úřad');
    expect(police?.[3]).toBe('jméno, adresa');
    expect(police?.[5]).toBe('Přečteno podle záznamu registru');
    expect(rows()[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-03T08:15:00.000Z');
    expect(text(screen.getByText(/^Záznamy uchováváme/))).toContain('2 roky');
    expect(text(screen.getByText(/^Záznamy uchováváme/))).toContain('§ 14 zákona č. 111/2009 Sb.');
    await expectNoAxeViolations(container);
  });

  it('builds the query from the filters, reloads with it and exports with the same filters', async () => {
    renderAt('/access-log', myDataHandlers({ origin: mockOrigin, today }));
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'Filtrovat záznamy' });
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(`${BASE}/access-log`);
    fireEvent.change(within(form).getByLabelText('Registr'), { target: { value: 'residents' } });
    fireEvent.change(within(form).getByLabelText('Kdo četl'), { target: { value: 'authority' } });
    fireEvent.change(within(form).getByLabelText('Od data'), { target: { value: '2026-11-01' } });
    fireEvent.change(within(form).getByLabelText('Do data'), { target: { value: '2026-12-03' } });
    fireEvent.submit(form);

    const query = 'register=residents&reader=authority&from=2026-11-01&to=2026-12-03';
    await waitFor(() => expect(requests).toContain(`GET /access-log?${query}`));
    expect(window.location.pathname + window.location.search).toBe(`${BASE}/access-log?${query}`);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(text(rows()[0])).toContain('Policie České republiky');
    expect(screen.getByRole('link', { name: 'Stáhnout jako CSV' }).getAttribute('href')).toBe(
      `/api/services/my-data/access-log.csv?${query}&locale=cs`,
    );
    expect(screen.getByRole('link', { name: 'Stáhnout jako CSV' }).hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', { name: 'Stáhnout výpis jako PDF' }).getAttribute('href')).toBe(
      `/api/services/my-data/access-log.pdf?${query}&locale=cs`,
    );
    // The filters are shown as chosen, and clearing them empties the fields too.
    expect((within(form).getByLabelText('Registr') as HTMLSelectElement).value).toBe('residents');
    const clear = screen.getByRole('link', { name: 'Zrušit filtry' });
    expect(clear.getAttribute('href')).toBe(`${BASE}/access-log`);
    fireEvent.click(clear);
    await waitFor(() => expect((within(form).getByLabelText('Registr') as HTMLSelectElement).value).toBe(''));
    expect((within(form).getByLabelText('Od data') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(rows()).toHaveLength(6));
  });

  it('refuses a period that ends before it starts, next to the field', async () => {
    renderAt('/access-log', myDataHandlers({ origin: mockOrigin, today }));
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'Filtrovat záznamy' });
    fireEvent.change(within(form).getByLabelText('Od data'), { target: { value: '2026-12-03' } });
    fireEvent.change(within(form).getByLabelText('Do data'), { target: { value: '2026-11-01' } });
    fireEvent.submit(form);
    const to = await within(form).findByLabelText('Do data');
    await waitFor(() => expect(errorOf(to)).toBe('Konec období musí být stejný nebo pozdější než jeho začátek.'));
    expect(requests).toEqual(['GET /access-log']);
  });

  it('pages through a long log and notes registers whose records are missing', async () => {
    const one = janNovakAccessLog(today)[0] as AccessLogEntry;
    const many = Array.from({ length: 60 }, (_, i) => ({ ...one, id: `e-${i}` }));
    renderAt(
      '/access-log?register=residents&page=2',
      myDataHandlers({ origin: mockOrigin, today, accessLog: many, failing: ['trade'] }),
    );
    await screen.findByRole('table');
    expect(requests).toEqual(['GET /access-log?register=residents&page=2']);
    expect(rows()).toHaveLength(10);
    const pages = screen.getByRole('navigation', { name: 'Stránkování' });
    expect(text(pages)).toContain('Stránka 2 z 2');
    expect(within(pages).getByRole('link', { name: 'Předchozí' }).getAttribute('href')).toBe(
      `${BASE}/access-log?register=residents`,
    );
    expect(within(pages).queryByRole('link', { name: 'Další' })).toBeNull();
    expect(text(screen.getByText(/^Záznamy těchto registrů/))).toContain(': Živnostenský rejstřík.');
    // Exports never carry the page.
    expect(screen.getByRole('link', { name: 'Stáhnout jako CSV' }).getAttribute('href')).toBe(
      '/api/services/my-data/access-log.csv?register=residents&locale=cs',
    );
  });

  it('is in English, with English exports', async () => {
    const { container } = renderAt('/access-log?reader=service', myDataHandlers({ origin: mockOrigin, today }), 'en');
    await screen.findByRole('table');
    expect(text(rows()[0])).toContain('Refused: the service does not list these data in its description');
    expect(text(rows()[0])).toContain('Vitakarta portal service');
    expect(screen.getByRole('link', { name: 'Download the statement as PDF' }).getAttribute('href')).toBe(
      '/api/services/my-data/access-log.pdf?reader=service&locale=en',
    );
    await expectNoAxeViolations(container);
  });
});
