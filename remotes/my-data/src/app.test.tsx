import { myDataHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE, expectNoAxeViolations, mockOrigin, renderAt, text, withMockServer } from './test/harness.js';

withMockServer();
afterEach(cleanup);

describe('my data', () => {
  it('links its pages in a navigation of its own, marking the current one, and moves between them', async () => {
    renderAt('/profile', myDataHandlers({ origin: mockOrigin }));
    const nav = screen.getByRole('navigation', { name: 'Moje údaje' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Údaje', BASE],
      ['Profil', `${BASE}/profile`],
      ['Doklady', `${BASE}/documents`],
      ['Kdo použil mé údaje', `${BASE}/access-log`],
      ['Kde o mně stát vede údaje', `${BASE}/agendas`],
    ]);
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Profil');
    fireEvent.click(within(nav).getByRole('link', { name: 'Kde o mně stát vede údaje' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kde o mně stát vede údaje' })).toBeTruthy();
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Kde o mně stát vede údaje');
  });

  it('shows where the state keeps my data: code, name, what it holds, administrator', async () => {
    const { container } = renderAt('/agendas', myDataHandlers({ origin: mockOrigin }), 'en');
    const drivers = await screen.findByRole('article', { name: 'Register of drivers' });
    expect(text(drivers)).toContain('Agenda codeA34');
    expect(text(drivers)).toContain('Administered byMinistry of Transport');
    expect(
      within(drivers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Driving licence', 'Penalty points']);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await expectNoAxeViolations(container);
  });

  it('says a page does not exist', async () => {
    renderAt('/nothing-here', []);
    expect(await screen.findByRole('heading', { name: 'Stránka nenalezena' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zpět na údaje' }).getAttribute('href')).toBe(BASE);
  });
});
