import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellMessages, shellTranslator } from '../i18n/messages.js';
import { matchRoute } from '../routing/routes.js';
import { footerLinks } from './footer-links.js';

beforeAll(() => loadShellMessages('en'));

describe('the footer’s links', () => {
  it('lead to the accessibility statement, cookies, technical support and the catalogue, in both languages', () => {
    const cs = footerLinks(shellTranslator('cs'));
    expect(cs.label).toBe('O portálu');
    expect(cs.items).toEqual([
      { href: '/accessibility', label: 'Prohlášení o přístupnosti' },
      { href: '/cookies', label: 'Cookies' },
      { href: '/support', label: 'Technická podpora' },
      { href: '/services', label: 'Katalog služeb' },
    ]);
    expect(footerLinks(shellTranslator('en')).items.map((item) => item.label)).toEqual([
      'Accessibility statement',
      'Cookies',
      'Technical support',
      'Service catalogue',
    ]);
    // Every one is a page of the portal.
    for (const { href } of cs.items) expect(matchRoute(href).kind, href).not.toBe('not-found');
  });
});
