import type { Locale } from '@czp/contract';
import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EligibilityChecker } from './app.js';

const origin = 'http://portal.test';
const registerUrl = (register: string) => `${origin}/api/services/vitakarta/registers/${register}`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** The register reads the portal answers, and the URLs Vitakarta asked for. */
function answer(residents: () => Response, health: () => Response) {
  const asked: URL[] = [];
  server.use(
    http.get(registerUrl('residents'), ({ request }) => {
      asked.push(new URL(request.url));
      return residents();
    }),
    http.get(registerUrl('health'), ({ request }) => {
      asked.push(new URL(request.url));
      return health();
    }),
  );
  return asked;
}
const readAt = '2026-12-03T09:00:00.000Z';
const born = (date: string) => () =>
  HttpResponse.json({ register: 'residents', data: { birth: { date, place: 'Telč' } }, readAt });
const insured = (code: string, cs: string, en: string) => () =>
  HttpResponse.json({ register: 'health', data: { insurer: { code, name: { cs, en } } }, readAt });
const vzp = insured('111', 'Všeobecná zdravotní pojišťovna ČR', 'General Health Insurance Company');
const refused =
  (error: string, status = 403) =>
  () =>
    HttpResponse.json({ error, message: 'No' }, { status });

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale, { viaFetch = true } = {}) {
  const host = createTestHost({
    serviceId: 'vitakarta',
    locale,
    person: { id: 'p1', name: 'Jana Nováková', levelOfAssurance: 'substantial' },
    ...(viaFetch ? { api: fetchServiceApi('vitakarta', origin) } : {}),
  });
  const view = render(
    <TestRemote host={host}>
      <EligibilityChecker />
    </TestRemote>,
  );
  return { ...view, state: host.state, host };
}

/** The texts an element is described by (hint, error). */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

const ageField = (name = 'Věk (v celých letech)') => screen.getByRole('textbox', { name }) as HTMLInputElement;
const insurerField = (name = 'Zdravotní pojišťovna (nepovinné)') =>
  screen.getByRole('combobox', { name }) as HTMLSelectElement;

beforeEach(() => {
  // Only Date: msw and the DOM's waiting keep real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T10:00:00'));
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
});

describe('Vitakarta prefilled from the registers', () => {
  it('asks for the date of birth and the insurer only, to check an entitlement, and fills in the age from it', async () => {
    const asked = answer(born('1954-03-12'), vzp);
    renderRemote('cs');
    expect(description(ageField())).toEqual(['Načítáme vaše datum narození z registru obyvatel…']);

    await vi.waitFor(() => expect(ageField().value).toBe('72'));
    expect(description(ageField())).toEqual([
      'Ze základního registru obyvatel (datum narození 12. března 1954). Věk můžete upravit.',
    ]);
    await vi.waitFor(() => expect(insurerField().value).toBe('111'));
    expect(description(insurerField())).toEqual(['Ze zdravotní dokumentace (eZdraví).']);

    const byRegister = Object.fromEntries(asked.map((url) => [url.pathname.split('/').pop(), url.searchParams]));
    expect(asked).toHaveLength(2);
    expect(byRegister.residents?.get('items')).toBe('birth');
    expect(byRegister.residents?.get('purpose')).toBe('check-eligibility');
    expect(byRegister.health?.get('items')).toBe('insurer');
    expect(byRegister.health?.get('purpose')).toBe('check-eligibility');

    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { name: 'Veřejná doprava zdarma od 70 let' })).toBeTruthy();
    expect(within(status).getByText(/Vaše zdravotní pojišťovna \(Všeobecná zdravotní pojišťovna ČR\)/)).toBeTruthy();
  });

  it('computes the age on today’s date: a day before the birthday it is a year less', async () => {
    answer(born('1956-12-04'), vzp);
    renderRemote('cs');
    await vi.waitFor(() => expect(ageField().value).toBe('69'));
  });

  it('lets the citizen change the prefilled age; the register’s note goes with the register’s value', async () => {
    answer(born('1954-03-12'), vzp);
    renderRemote('en');
    await vi.waitFor(() => expect(ageField('Age (in whole years)').value).toBe('72'));
    expect(description(ageField('Age (in whole years)'))).toEqual([
      'From the register of residents (date of birth 12 March 1954). You can change the age.',
    ]);
    fireEvent.change(ageField('Age (in whole years)'), { target: { value: '60' } });
    expect(description(ageField('Age (in whole years)'))).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find benefits' }));
    expect(
      within(screen.getByRole('status')).queryByRole('heading', { name: 'Free public transport from 70' }),
    ).toBeNull();
  });

  it('explains a refused read (the service not added) with a link to its catalogue page, and takes the age typed in', async () => {
    answer(refused('service-not-added'), refused('service-not-added'));
    const { host } = renderRemote('cs');
    const notice = await screen.findByText('Vitakarta zatím nemůže číst vaše údaje z registrů');
    const box = notice.closest('.czp-notice') as HTMLElement;
    expect(
      within(box).getByText(/Přidejte si Vitakartu mezi své služby, aby mohla číst vaše datum narození/),
    ).toBeTruthy();
    const link = within(box).getByRole('link', { name: 'Vitakarta v katalogu služeb' });
    expect(link.getAttribute('href')).toBe('/catalogue/vitakarta');
    fireEvent.click(link);
    expect(host.navigations).toEqual(['/catalogue/vitakarta']);
    expect(ageField().value).toBe('');
    expect(description(ageField())).toEqual([]);

    fireEvent.change(ageField(), { target: { value: '66' } });
    fireEvent.change(insurerField(), { target: { value: '211' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    const result = within(screen.getByRole('status'));
    expect(result.getByRole('heading', { name: 'Sleva na jízdné od 65 let' })).toBeTruthy();
    expect(result.getByText(/Zdravotní pojišťovna ministerstva vnitra České republiky/)).toBeTruthy();
  });

  it('says so in English too', async () => {
    answer(refused('service-not-added'), refused('service-not-added'));
    renderRemote('en');
    expect(await screen.findByText(/Add Vitakarta to your services to let it read your date of birth/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vitakarta in the service catalogue' })).toBeTruthy();
  });

  it('names another refusal without promising that adding the service helps', async () => {
    answer(refused('undeclared-read'), vzp);
    renderRemote('cs');
    expect(
      await screen.findByText('Datum narození z registru obyvatel nám portál nevydal. Vyplňte prosím věk sami.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Vitakarta v katalogu služeb' })).toBeNull();
    await vi.waitFor(() => expect(insurerField().value).toBe('111'));
  });

  it('tells a failing register with a message and a retry, and the age can be typed meanwhile', async () => {
    let residentsUp = false;
    answer(() => (residentsUp ? born('1954-03-12')() : refused('register-unavailable', 503)()), vzp);
    renderRemote('cs');
    expect(
      await screen.findByText(
        'Registr obyvatel teď neodpovídá, vaše datum narození jsme nenačetli. Vyplňte věk sami, nebo to zkuste znovu.',
      ),
    ).toBeTruthy();
    expect(ageField().value).toBe('');
    fireEvent.change(ageField(), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('status')).getByText(/fondu prevence/)).toBeTruthy();

    // Back again: the read is retried; the age the citizen typed stays theirs.
    residentsUp = true;
    fireEvent.click(screen.getByRole('button', { name: 'Načíst datum narození znovu' }));
    await vi.waitFor(() => expect(screen.queryByText(/Registr obyvatel teď neodpovídá/)).toBeNull());
    expect(ageField().value).toBe('30');
    fireEvent.change(ageField(), { target: { value: '' } });
    expect(ageField().value).toBe('');
  });

  it('fills in the age after a retry when the field is still empty', async () => {
    let residentsUp = false;
    answer(() => (residentsUp ? born('1954-03-12')() : refused('register-unavailable', 503)()), vzp);
    renderRemote('cs');
    await screen.findByRole('button', { name: 'Načíst datum narození znovu' });
    residentsUp = true;
    fireEvent.click(screen.getByRole('button', { name: 'Načíst datum narození znovu' }));
    await vi.waitFor(() => expect(ageField().value).toBe('72'));
  });
});

describe('Vitakarta eligibility checker', () => {
  it('shows the errors in a summary that takes focus and next to their fields; a summary link focuses the field', () => {
    renderRemote('cs', { viaFetch: false });
    const age = screen.getByRole('textbox', { name: 'Věk (v celých letech)' });
    const pension = screen.getByRole('radiogroup', { name: 'Pobíráte starobní nebo invalidní důchod?' });
    expect(within(pension).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Nemám' })).toHaveProperty('checked', true);

    fireEvent.change(age, { target: { value: 'sedmdesát' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { level: 3 }).textContent).toBe('Opravte prosím tyto údaje');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Věk: Zadejte věk celým číslem, například 67.',
      'Důchod: Vyberte prosím, zda pobíráte důchod.',
    ]);
    expect(summary.parentElement?.contains(document.activeElement)).toBe(true);

    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(description(age)).toEqual(['Zadejte věk celým číslem, například 67.']);
    expect(pension.getAttribute('aria-invalid')).toBe('true');
    expect(description(pension)).toEqual(['Vyberte prosím, zda pobíráte důchod.']);
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ano' }));
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(age);
  });

  it('lists the benefits with an explanation each', () => {
    renderRemote('cs', { viaFetch: false });
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '72' } });
    fireEvent.click(screen.getByRole('radio', { name: 'ZTP/P' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Ano' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Výhody, na které můžete mít nárok: 11');
    expect(within(status).getByRole('heading', { name: 'Veřejná doprava zdarma od 70 let' })).toBeTruthy();
    expect(within(status).getByText(/průvodce ve veřejné dopravě zdarma/)).toBeTruthy();
    expect(within(status).getByText(/Přehled je orientační/)).toBeTruthy();
  });

  it('clears the summary once the answers are right', () => {
    renderRemote('cs', { viaFetch: false });
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('works in English and keeps the answers', () => {
    const { state } = renderRemote('cs', { viaFetch: false });
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    act(() => state.setState({ locale: 'en' }));
    expect((screen.getByRole('textbox', { name: 'Age (in whole years)' }) as HTMLInputElement).value).toBe('30');
    expect(screen.getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Find benefits' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Benefits you may be entitled to: 0');
    expect(within(status).getByText(/We found no benefit/)).toBeTruthy();
  });
});
