import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TelcPortal } from './app.js';
import { LIFE_SITUATIONS, TELC_OFFICE } from './life-situations.js';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function renderAt(path: string, locale: 'cs' | 'en') {
  window.history.replaceState(null, '', path);
  const host = createTestHost({ serviceId: 'telc', locale, person: null });
  render(
    <TestRemote host={host}>
      <TelcPortal />
    </TestRemote>,
  );
  return host;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');

describe('Telč life situations', () => {
  it('filters the list by the area radio group', () => {
    const host = createTestHost({ serviceId: 'telc', locale: 'cs', person: null });
    render(
      <TestRemote host={host}>
        <TelcPortal />
      </TestRemote>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Oblast' });
    expect(screen.getByRole('radio', { name: 'Vše' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe(`Počet situací: ${LIFE_SITUATIONS.length}`);
    fireEvent.click(screen.getByRole('radio', { name: 'Podnikání' }));
    expect(screen.getByRole('radio', { name: 'Podnikání' })).toHaveProperty('checked', true);
    const business = LIFE_SITUATIONS.filter((s) => s.area === 'business').length;
    expect(screen.getByRole('status').textContent).toBe(`Počet situací: ${business}`);
    expect(group.querySelectorAll('input[name="telc-area"]').length).toBe(3);
  });

  it('promises no online application while there is no form, in the list or on any situation', () => {
    renderAt('/services/telc', 'cs');
    expect(text(document.body)).not.toMatch(/online/i);
    cleanup();
    renderAt('/services/telc', 'en');
    expect(text(document.body)).not.toMatch(/online/i);
    for (const situation of LIFE_SITUATIONS) {
      for (const locale of ['cs', 'en'] as const) {
        cleanup();
        renderAt(`/services/telc/${situation.id}`, locale);
        // "Online" only where the page says there is no online application yet.
        const notYet = locale === 'cs' ? 'Online žádost zde zatím podat nelze.' : 'You cannot apply online here yet.';
        expect(text(document.body)).toContain(notYet);
        expect(text(document.body).replace(notYet, '')).not.toMatch(/online/i);
      }
    }
  });

  it("says on a situation's page where to apply: the town office's address or a message from the data box", () => {
    const host = renderAt('/services/telc/permanent-residence', 'cs');
    const heading = screen.getByRole('heading', { name: 'Jak podat žádost' });
    const section = text(heading.parentElement);
    expect(section).toContain('Online žádost zde zatím podat nelze.');
    expect(section).toContain('Osobně: Městský úřad Telč, nám. Zachariáše z Hradce 10, 588 56 Telč.');
    expect(section).toContain('Písemně: zprávou ze své datové schránky; jako příjemce zvolte Město Telč.');
    fireEvent.click(screen.getByRole('link', { name: 'datové schránky' }));
    expect(host.navigations).toEqual(['/services/data-box/compose']);
    cleanup();

    renderAt('/services/telc/trade-licence', 'en');
    expect(screen.getByRole('heading', { name: 'How to apply' })).toBeTruthy();
    expect(text(document.body)).toContain(`In person: Telč Municipal Office, ${TELC_OFFICE.address}.`);
    expect(text(document.body)).toContain(
      'In writing: send a message from your data box, choosing the Town of Telč as the recipient.',
    );
    expect(screen.getByRole('link', { name: 'data box' }).getAttribute('href')).toBe('/services/data-box/compose');
  });
});
