import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadTelc, TelcPortal } from './app.js';
import { APPLICATIONS, applicationOf } from './applications.js';
import { LIFE_SITUATIONS } from './life-situations.js';
import { ONLINE_APPLICATIONS, SITUATION_DETAILS, TELC_OFFICE } from './situation-details.js';

// The situation's page, the application and English are chunks: at hand before rendering, as after their first load.
beforeAll(() => preloadTelc());

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
  it('has the details of every situation, and offers online exactly the applications it has forms for', () => {
    expect(Object.keys(SITUATION_DETAILS).sort()).toEqual(LIFE_SITUATIONS.map((s) => s.id).sort());
    expect([...ONLINE_APPLICATIONS].sort()).toEqual(APPLICATIONS.map((a) => a.situationId).sort());
  });

  it("names a situation's page and its application in the tab (host.setTitle), and the list not", () => {
    const situation = LIFE_SITUATIONS[0];
    if (!situation) throw new Error('no situations');
    expect(renderAt('/services/telc', 'cs').titles).toEqual([]);
    cleanup();
    expect(renderAt(`/services/telc/${situation.id}`, 'en').titles).toEqual([situation.title.en]);
    cleanup();
    const application = applicationOf('market-stall');
    expect(renderAt('/services/telc/market-stall/zadost', 'cs').titles).toEqual([application?.name.cs]);
  });

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

  it('promises no online application for a situation without a form, and offers it where there is one', () => {
    for (const situation of LIFE_SITUATIONS) {
      for (const locale of ['cs', 'en'] as const) {
        cleanup();
        renderAt(`/services/telc/${situation.id}`, locale);
        const notYet = locale === 'cs' ? 'Online žádost zde zatím podat nelze.' : 'You cannot apply online here yet.';
        const online = screen.queryByRole('link', {
          name: locale === 'cs' ? 'Vyplnit žádost online' : 'Fill in the application online',
        });
        if (applicationOf(situation.id)) {
          expect(text(document.body)).not.toContain(notYet);
          expect(online?.getAttribute('href')).toBe(`/services/telc/${situation.id}/zadost`);
        } else {
          expect(text(document.body)).toContain(notYet);
          expect(online).toBeNull();
        }
      }
    }
    expect(LIFE_SITUATIONS.filter((s) => applicationOf(s.id)).map((s) => s.id)).toEqual([
      'permanent-residence',
      'market-stall',
    ]);
  });

  it("says on a situation's page where else to apply: the town office's address or a message from the data box", () => {
    const host = renderAt('/services/telc/permanent-residence', 'cs');
    const heading = screen.getByRole('heading', { name: 'Jak podat žádost' });
    const section = text(heading.parentElement);
    expect(section).toContain('Žádost podáte online zde na portálu');
    expect(section).toContain('Žádost můžete podat také jinak:');
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

  it('opens the application from the situation, and asks a signed-out citizen to log in instead of the form', () => {
    const host = renderAt('/services/telc/market-stall', 'cs');
    fireEvent.click(screen.getByRole('link', { name: 'Vyplnit žádost online' }));
    expect(host.navigations).toEqual(['/services/telc/market-stall/zadost']);
    cleanup();

    renderAt('/services/telc/market-stall/zadost', 'en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Application to use public space');
    expect(screen.queryByRole('button', { name: 'Send the application' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices%2Ftelc%2Fmarket-stall%2Fzadost',
    );
    expect(text(document.body)).toContain(`In person: Telč Municipal Office, ${TELC_OFFICE.address}.`);
    cleanup();

    // A situation without an online application has no application page.
    renderAt('/services/telc/trade-licence/zadost', 'cs');
    expect(text(document.body)).toContain('Tuto životní situaci Telč nevede.');
  });
});
