import { myDataHandlers } from '@czp/mocks';
import { cleanup, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mockOrigin, renderAt, requests, text, withMockServer } from './test/harness.js';

withMockServer();
afterEach(cleanup);

const card = (name: string) => screen.getByRole('article', { name });

describe('DOCUMENTS', () => {
  it('lists the documents with number, validity and state in words, the ID card expiring', async () => {
    const today = new Date('2026-12-03T08:00:00.000Z');
    const { container } = renderAt('/documents', myDataHandlers({ origin: mockOrigin, today }));
    await screen.findByRole('article', { name: 'Občanský průkaz' });
    expect(requests).toEqual(['GET /documents']);

    const idCard = card('Občanský průkaz');
    expect(text(idCard)).toContain('Končí platnost: zbývá 20 dní');
    expect(text(idCard)).toContain('Číslo dokladu205487391');
    expect(text(idCard)).toContain('Platnost do23. prosince 2026');
    expect(idCard.querySelector('time[datetime="2026-12-23"]')).toBeTruthy();
    expect(idCard.parentElement?.className).toContain('my-data-document--expiring');
    expect(text(card('Cestovní pas'))).toContain('Platný');
    expect(text(card('Řidičský průkaz'))).toContain('Platný');
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual([
      'Občanský průkaz',
      'Cestovní pas',
      'Řidičský průkaz',
    ]);
    expect(screen.queryByText('Některé doklady nyní chybějí')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('marks an expired document and a day in the right grammatical form, in English too', async () => {
    const document = (kind: string, number: string, state: string, daysLeft: number, validUntil: string) => ({
      kind,
      number,
      issuedOn: '2016-01-01',
      validUntil,
      issuer: { cs: 'Městský úřad Telč', en: 'Municipal Office of Telč' },
      state,
      daysLeft,
      register: kind === 'driving-licence' ? 'drivers' : 'residents',
    });
    const handler = http.get(`${mockOrigin}/api/services/my-data/documents`, () =>
      HttpResponse.json({
        documents: [
          document('passport', '43920117', 'expired', -3, '2026-11-30'),
          document('id-card', '205487391', 'expiring', 1, '2026-12-04'),
        ],
        unavailable: [],
      }),
    );
    renderAt('/documents', [handler], 'en');
    await screen.findByRole('article', { name: 'Passport' });
    expect(text(card('Passport'))).toContain('Not valid: expired 3 days ago');
    expect(card('Passport').parentElement?.className).toContain('my-data-document--expired');
    expect(text(card('Identity card'))).toContain('Expiring: 1 day left');
    expect(text(card('Identity card'))).toContain('Valid until4 December 2026');
  });

  it('says which register did not answer', async () => {
    renderAt('/documents', myDataHandlers({ origin: mockOrigin, failing: ['drivers'] }));
    expect(await screen.findByText('Některé doklady nyní chybějí')).toBeTruthy();
    expect(text(screen.getByText(/^Tyto registry neodpověděly/))).toBe(
      'Tyto registry neodpověděly, jejich doklady teď nezobrazíme: Registr řidičů.',
    );
    expect(screen.queryByRole('article', { name: 'Řidičský průkaz' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Občanský průkaz' })).toBeTruthy();
  });
});
