import { myDataHandlers } from '@czp/mocks';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
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

const contact = (name: string) => {
  const heading = screen.getByRole('heading', { level: 4, name });
  return heading.parentElement as HTMLElement;
};

describe('PROFILE', () => {
  it('shows the basic data and the state of each contact', async () => {
    const { container } = renderAt('/profile', myDataHandlers({ origin: mockOrigin }));
    const basic = await screen.findByRole('region', { name: 'Základní údaje' });
    await waitFor(() => expect(text(basic)).toContain('14. března 1978'));
    expect(text(basic)).toContain('Jméno a příjmeníJan Novák');
    expect(text(basic)).toContain('Úroveň přihlášeníznačná');
    expect(requests).toContain('GET /registers/residents?section=profile');
    await screen.findByRole('heading', { level: 4, name: 'E-mail' });
    expect(text(contact('E-mail'))).toContain('jan.novak@example.cz ověřeno 10. ledna 2026');
    expect(text(contact('Telefon'))).toContain('nevyplněno');
    expect(within(contact('Telefon')).getByLabelText(/^Mobilní telefon/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('sets a phone, refuses a wrong code next to the field, then verifies it', async () => {
    renderAt('/profile', myDataHandlers({ origin: mockOrigin, code: '482913' }));
    await screen.findByRole('heading', { level: 4, name: 'Telefon' });
    const phone = contact('Telefon');

    fireEvent.change(within(phone).getByLabelText(/^Mobilní telefon/), { target: { value: '601 12' } });
    fireEvent.click(within(phone).getByRole('button', { name: 'Uložit a poslat kód' }));
    expect(errorOf(within(phone).getByLabelText(/^Mobilní telefon/))).toBe(
      'Zadejte mobilní číslo, například +420 601 123 456.',
    );
    expect(requests.filter((r) => r.startsWith('PUT'))).toEqual([]);

    fireEvent.change(within(phone).getByLabelText(/^Mobilní telefon/), { target: { value: '+420 601 123 456' } });
    fireEvent.click(within(phone).getByRole('button', { name: 'Uložit a poslat kód' }));
    const code = await within(phone).findByLabelText(/^Ověřovací kód/);
    expect(text(within(phone).getByRole('status'))).toBe('Na +420 601 123 456 jsme poslali ověřovací kód.');
    expect(text(phone)).toContain('+420 601 123 456 čeká na ověření kódem');

    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(within(phone).getByRole('button', { name: 'Ověřit' }));
    await waitFor(() =>
      expect(errorOf(within(phone).getByLabelText(/^Ověřovací kód/))).toBe(
        'Kód nesouhlasí. Zkontrolujte ho a zadejte znovu.',
      ),
    );
    expect(
      within(phone)
        .getByLabelText(/^Ověřovací kód/)
        .getAttribute('aria-invalid'),
    ).toBe('true');

    fireEvent.change(within(phone).getByLabelText(/^Ověřovací kód/), { target: { value: '482913' } });
    fireEvent.click(within(phone).getByRole('button', { name: 'Ověřit' }));
    await waitFor(() => expect(text(within(phone).getByRole('status'))).toBe('+420 601 123 456 je ověřen.'));
    expect(within(phone).queryByLabelText(/^Ověřovací kód/)).toBeNull();
    expect(text(phone)).toMatch(/\+420 601 123 456 ověřeno/);
    expect(requests).toContain('POST /contacts/phone/verify');
  });

  it('removes a contact and says so, in English', async () => {
    const { host } = renderAt('/profile', myDataHandlers({ origin: mockOrigin }), 'en');
    await screen.findByRole('heading', { level: 4, name: 'E-mail' });
    const email = contact('E-mail');
    act(() => fireEvent.click(within(email).getByRole('button', { name: 'Remove' })));
    await waitFor(() => expect(text(within(contact('E-mail')).getByRole('status'))).toBe('E-mail was removed.'));
    expect(text(contact('E-mail'))).toContain('not given');
    expect(requests).toContain('DELETE /contacts/email');
    expect(host.navigations).toEqual([]);
  });

  it('offers a new code when the last one no longer works', async () => {
    const expired = new Date(Date.now() - 60_000).toISOString();
    const contacts = {
      email: null,
      phone: {
        value: '+420601123456',
        verified: false,
        verifiedAt: null,
        pendingUntil: expired,
        pendingValue: '+420601123456',
      },
    };
    renderAt('/profile', myDataHandlers({ origin: mockOrigin, contacts }));
    await screen.findByRole('heading', { level: 4, name: 'Telefon' });
    const phone = contact('Telefon');
    expect(text(phone)).toContain('Kód pro +420601123456 už neplatí. Pošlete si nový.');
    expect(within(phone).queryByLabelText(/^Ověřovací kód/)).toBeNull();
    fireEvent.click(within(phone).getByRole('button', { name: 'Poslat nový kód' }));
    expect(await within(phone).findByLabelText(/^Ověřovací kód/)).toBeTruthy();
    expect(requests).toContain('PUT /contacts/phone');
  });
});
