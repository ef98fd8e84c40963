import { myDataHandlers } from '@czp/mocks';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE, expectNoAxeViolations, mockOrigin, renderAt, requests, text, withMockServer } from './test/harness.js';

withMockServer();
afterEach(cleanup);

const panel = (name: string | RegExp) => screen.getByRole('region', { name });
const rowValue = (region: HTMLElement, label: string) => {
  const term = within(region).getByText(label, { selector: 'dt' });
  return text(term.nextElementSibling);
};

describe('DATA', () => {
  it('fills one panel per register in the order of the presentation, each read by its own request', async () => {
    const { container } = renderAt('', myDataHandlers({ origin: mockOrigin }));
    await waitFor(() => expect(screen.queryAllByText('Načítám údaje z registru…')).toEqual([]));
    const residents = panel('Údaje z registru obyvatel');

    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Základní údaje',
      'Údaje z registru obyvatel',
      'Údaje z registru osob',
      'Údaje pro komunikaci',
      'Doklady',
      'Další informace',
      'Kde o mně stát vede údaje',
      'Údaje z katastru nemovitostí',
      'Údaje z registru řidičů',
      'Údaje z živnostenského rejstříku',
      'Zdravotní dokumentace',
    ]);
    for (const register of ['residents', 'persons', 'drivers', 'cadastre', 'trade', 'health']) {
      expect(requests).toContain(`GET /registers/${register}?section=data`);
    }

    expect(rowValue(residents, 'Jméno a příjmení')).toBe('Jan Novák');
    expect(rowValue(residents, 'Adresa místa pobytu')).toBe('náměstí Zachariáše z Hradce 1, 588 56 Telč');
    expect(rowValue(residents, 'Datum narození')).toBe('14. března 1978');
    expect(rowValue(residents, 'Státní občanství')).toBe('203 Česká republika');
    expect(rowValue(residents, 'Místo narození')).toBe('Jihlava');
    expect(rowValue(residents, 'Identifikátor datové schránky')).toBe('n7xk2pq');
    const photo = screen.getByRole('img', { name: 'Fotografie registrovaná státem: Jan Novák' });
    expect(photo.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(text(within(residents).getByText(/^Zdroj/))).toBe('Zdroj: Základní registr obyvatel (ROB)');

    const basic = panel('Základní údaje');
    expect(rowValue(basic, 'Úroveň přihlášení')).toBe('značná');
    expect(rowValue(panel('Údaje z registru řidičů'), 'Body v bodovém hodnocení')).toBe('3 z 12 bodů');
    expect(rowValue(panel('Údaje z registru řidičů'), 'Skupiny řidičského oprávnění')).toBe('AM, B1, B');
    expect(text(panel('Údaje z katastru nemovitostí'))).toContain('Byt č. 1/4, 3+1');
    expect(rowValue(panel('Údaje z živnostenského rejstříku'), 'IČO')).toBe('08834567');
    expect(rowValue(panel('Zdravotní dokumentace'), 'Zdravotní pojišťovna')).toBe('111 Všeobecná zdravotní pojišťovna');
    expect(rowValue(panel('Údaje pro komunikaci'), 'E-mail')).toBe('jan.novak@example.cz (ověřeno)');
    expect(rowValue(panel('Údaje pro komunikaci'), 'Telefon')).toBe('nevyplněno');
    expect(text(panel('Doklady'))).toContain('Občanský průkaz');
    expect(text(panel('Doklady'))).toContain('Řidičský průkaz');

    // Every register's panel leads to the complaint form for it; the links name their panel.
    const complaint = within(panel('Údaje z registru řidičů')).getByRole('link', { name: 'Podat reklamaci údajů' });
    expect(complaint.getAttribute('href')).toBe(`${BASE}/complaint?register=drivers`);
    expect(within(basic).getByRole('link').getAttribute('href')).toBe(`${BASE}/complaint?register=residents&item=name`);
    expect(screen.getAllByRole('link', { name: 'Podat reklamaci údajů' })).toHaveLength(8);
    expect(screen.getAllByRole('link', { name: 'Kdo použil mé údaje' })[0]?.getAttribute('href')).toBe(
      `${BASE}/access-log`,
    );
    expect(screen.getByRole('link', { name: 'Zobrazit agendy' }).getAttribute('href')).toBe(`${BASE}/agendas`);
    expect(screen.getByRole('link', { name: 'Doklady a jejich platnost' }).getAttribute('href')).toBe(
      `${BASE}/documents`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows a failing register’s message and retry in its own panel while the others fill', async () => {
    let driversFail = true;
    const failing = http.get(`${mockOrigin}/api/services/my-data/registers/drivers`, () =>
      driversFail
        ? HttpResponse.json({ error: 'register-unavailable', message: 'The register did not answer' }, { status: 503 })
        : undefined,
    );
    const { container } = renderAt('', [failing, ...myDataHandlers({ origin: mockOrigin })]);
    const drivers = await screen.findByRole('region', { name: 'Údaje z registru řidičů' });
    const alert = await within(drivers).findByRole('alert');
    expect(text(alert)).toContain('Registr řidičů (CRŘ) nyní neodpovídá');
    expect(text(alert)).toContain('ostatní údaje na stránce jsou v pořádku');
    // Only this panel alerts; the others are filled.
    await waitFor(() => expect(screen.queryAllByText('Načítám údaje z registru…')).toEqual([]));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(rowValue(panel('Údaje z registru obyvatel'), 'Jméno a příjmení')).toBe('Jan Novák');
    expect(rowValue(panel('Zdravotní dokumentace'), 'Zdravotní pojišťovna')).toBe('111 Všeobecná zdravotní pojišťovna');
    // The documents panel says which documents are missing and why.
    expect(text(panel('Doklady'))).toContain('Občanský průkaz');
    expect(text(screen.getByText(/^Doklady z těchto registrů/))).toBe(
      'Doklady z těchto registrů nyní chybějí, registr neodpověděl: Registr řidičů.',
    );
    await expectNoAxeViolations(container);

    driversFail = false;
    const before = requests.filter((r) => r.startsWith('GET /registers/')).length;
    act(() => fireEvent.click(within(drivers).getByRole('button', { name: 'Zkusit znovu' })));
    const filled = await screen.findByText('3 z 12 bodů');
    expect(filled.closest('section')?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(requests.filter((r) => r.startsWith('GET /registers/')).slice(before)).toEqual([
      'GET /registers/drivers?section=data',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is in English when the portal is', async () => {
    const { container } = renderAt('', myDataHandlers({ origin: mockOrigin }), 'en');
    await waitFor(() => expect(screen.queryAllByText('Loading the data from the register…')).toEqual([]));
    const residents = panel('Data from the register of residents');
    expect(rowValue(residents, 'Date of birth')).toBe('14 March 1978');
    expect(rowValue(residents, 'Citizenship')).toBe('203 Czech Republic');
    expect(screen.getAllByRole('link', { name: 'Send a data-related complaint' }).length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });
});
