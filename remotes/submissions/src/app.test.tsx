import { submissionsHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { outage } from './mocks/handlers.js';
import {
  expectNoAxeViolations,
  mockOrigin,
  renderAt,
  requests,
  resetHandlers,
  text,
  withMockServer,
} from './test/harness.js';

withMockServer();
afterEach(cleanup);

const items = () => within(screen.getByRole('list', { name: /^(Počet podání|Submissions):/ })).getAllByRole('article');
const headings = () => items().map((item) => text(within(item).getByRole('heading', { level: 3 })));

describe('the list', () => {
  it('shows every submission newest first with its reference, service, type, date and state', async () => {
    const { container } = renderAt('/', submissionsHandlers({ origin: mockOrigin }));
    await screen.findByText('Počet podání: 4');
    expect(screen.getByRole('heading', { level: 2, name: 'Moje podání' })).toBeTruthy();
    expect(headings()).toEqual([
      'Přihlášení psa',
      'Žádost o rodičovský příspěvek',
      'Ohlášení k místnímu poplatku',
      'Žádost o vyjádření k sítím',
    ]);
    const first = items()[0] as HTMLElement;
    expect(text(first)).toContain('TEL-2026-000042');
    expect(text(first)).toContain('Město Telč');
    expect(text(first)).toContain('28. listopadu 2026');
    expect(text(first)).toContain('Čeká na doplnění');
    // The design system's SubmissionStatus: the stage the submission is in is the current step.
    const progress = within(first).getByRole('list', { name: 'Průběh podání TEL-2026-000042' });
    const current = progress.querySelector('[aria-current="step"]');
    expect(text(current)).toContain('Čeká na doplnění');
    // The decided one is done with nothing current; the refused one would be rejected.
    expect(items()[2]?.querySelector('[aria-current="step"]')).toBeNull();
    const link = within(first).getByRole('link', { name: 'Přihlášení psa' });
    expect(link.getAttribute('href')).toBe('/services/submissions/5b0e1c4a-1111-4a00-8000-000000000001');
    expect(requests).toEqual(['GET /submissions']);
    await expectNoAxeViolations(container);
  });

  it('speaks English with English dates', async () => {
    const { container } = renderAt('/', submissionsHandlers({ origin: mockOrigin }), 'en');
    await screen.findByText('Submissions: 4');
    expect(headings()[0]).toBe('Registering a dog');
    expect(text(items()[0])).toContain('28 November 2026');
    expect(text(items()[0])).toContain('More information needed');
    await expectNoAxeViolations(container);
  });

  it('filters by service and state through a form that puts them in the address and the query', async () => {
    const searches: string[] = [];
    const { host } = renderAt('/', submissionsHandlers({ origin: mockOrigin, onList: (s) => searches.push(s) }));
    await screen.findByText('Počet podání: 4');
    const service = screen.getByLabelText('Služba') as HTMLSelectElement;
    expect([...service.options].map((option) => option.textContent)).toEqual([
      'Všechny služby',
      'Město Telč',
      'Město Znojmo',
      'Ministerstvo práce a sociálních věcí',
      'Technická infrastruktura',
    ]);
    fireEvent.change(service, { target: { value: 'telc' } });
    fireEvent.change(screen.getByLabelText('Stav'), { target: { value: 'needs-information' } });
    fireEvent.click(screen.getByRole('button', { name: 'Použít filtry' }));

    await screen.findByText('Počet podání: 1');
    expect(host.navigations).toEqual(['/services/submissions/?service=telc&state=needs-information']);
    expect(window.location.search).toBe('?service=telc&state=needs-information');
    expect(searches).toContain('?service=telc&state=needs-information');
    expect(requests).toContain('GET /submissions?service=telc&state=needs-information');
    expect(headings()).toEqual(['Přihlášení psa']);
    // The fields keep the filters, and the services to choose from are still all of them.
    expect((screen.getByLabelText('Služba') as HTMLSelectElement).value).toBe('telc');
    expect((screen.getByLabelText('Služba') as HTMLSelectElement).options).toHaveLength(5);
  });

  it('applies the filters from the keyboard: Enter in a field submits the form', async () => {
    const { host } = renderAt('/', submissionsHandlers({ origin: mockOrigin }));
    await screen.findByText('Počet podání: 4');
    const state = screen.getByLabelText('Stav');
    state.focus();
    fireEvent.change(state, { target: { value: 'withdrawn' } });
    // jsdom does not turn Enter into a submission: the form's submit is what the browser sends for it.
    fireEvent.submit(state.closest('form') as HTMLFormElement);
    await screen.findByText('Počet podání: 1');
    expect(host.navigations).toEqual(['/services/submissions/?state=withdrawn']);
    expect(headings()).toEqual(['Žádost o vyjádření k sítím']);
  });

  it('opens with the filters of the address, says when nothing matches, and clears them', async () => {
    renderAt('/?state=supplemented', submissionsHandlers({ origin: mockOrigin }));
    expect(await screen.findByText('Filtrům neodpovídá žádné podání.')).toBeTruthy();
    expect(requests).toContain('GET /submissions?state=supplemented');
    expect((screen.getByLabelText('Stav') as HTMLSelectElement).value).toBe('supplemented');
    fireEvent.click(screen.getByRole('link', { name: 'Zrušit filtry' }));
    await screen.findByText('Počet podání: 4');
    expect((screen.getByLabelText('Stav') as HTMLSelectElement).value).toBe('');
  });

  it('is a plain GET form too: its fields are named as the address reads them', async () => {
    renderAt('/', submissionsHandlers({ origin: mockOrigin }));
    await screen.findByText('Počet podání: 4');
    const form = screen.getByRole('form', { name: 'Filtrovat podání' }) as HTMLFormElement;
    expect(form.method).toBe('get');
    expect(new URL(form.action).pathname).toBe('/services/submissions');
    expect([...new FormData(form).keys()]).toEqual(['service', 'state']);
  });

  it('has an empty state leading to the services catalogue', async () => {
    const { container, host } = renderAt('/', submissionsHandlers({ origin: mockOrigin, submissions: [] }));
    await screen.findByRole('heading', { name: 'Zatím nemáte žádná podání' });
    expect(screen.queryByRole('form')).toBeNull();
    const link = screen.getByRole('link', { name: 'Přejít do katalogu služeb' });
    expect(link.getAttribute('href')).toBe('/services');
    fireEvent.click(link);
    expect(host.navigations).toEqual(['/services']);
    await expectNoAxeViolations(container);
  });

  it('says when the list could not be loaded, and tries again', async () => {
    const failing = outage(mockOrigin);
    renderAt('/', [...failing, ...submissionsHandlers({ origin: mockOrigin })]);
    expect(text(await screen.findByRole('alert'))).toContain('Podání se nepodařilo načíst.');
    // The portal is back: the retry asks again.
    resetHandlers(...submissionsHandlers({ origin: mockOrigin }));
    fireEvent.click(screen.getByRole('button', { name: 'Zkusit znovu' }));
    await screen.findByText('Počet podání: 4');
    expect(requests).toEqual(['GET /submissions', 'GET /submissions']);
  });

  it('says a path that is no submission is not found', async () => {
    renderAt('/nic/dalsiho', submissionsHandlers({ origin: mockOrigin }));
    expect(screen.getByRole('heading', { name: 'Podání nenalezeno' })).toBeTruthy();
    expect(requests).toEqual([]);
  });
});
