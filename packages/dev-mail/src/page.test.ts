// @vitest-environment jsdom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { CaughtMessages } from './inbox.js';
import { inboxPage, notFoundPage } from './page.js';

const FULL: CaughtMessages = {
  emails: [
    {
      id: 'e2',
      from: '"Portál občana" <noreply@portal.gov.cz>',
      to: 'jan.novak@example.cz',
      subject: 'Ověření e-mailové adresy',
      text: 'Váš kód je 123456.',
      html: '<p>Váš kód</p>',
      messageId: '<a@portal.gov.cz>',
      date: '2026-12-03T09:00:00.000Z',
    },
    {
      id: 'e1',
      from: 'x@example.cz',
      to: 'eva@example.cz',
      subject: '',
      text: 'b',
      html: null,
      messageId: null,
      date: '2026-12-03T08:00:00.000Z',
    },
  ],
  sms: [{ id: 's1', to: '+420 601 123 456', text: 'Kód 654321', key: null, date: '2026-12-03T09:01:00.000Z' }],
};

/** Loads a page into this jsdom document and runs axe-core over all of it (contrast: jsdom draws nothing). */
async function violations(page: string): Promise<string[]> {
  document.open();
  document.write(page);
  document.close();
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('inbox page', () => {
  for (const language of ['cs', 'en'] as const) {
    it(`has no axe violations in ${language}, full and empty, and on a missing message`, async () => {
      expect(await violations(inboxPage(FULL, language))).toEqual([]);
      expect(document.documentElement.lang).toBe(language);
      expect(await violations(inboxPage({ emails: [], sms: [] }, language))).toEqual([]);
      expect(await violations(notFoundPage(language))).toEqual([]);
    });
  }

  it('shows the times in Prague time, with the machine-readable instant, and a subject-less e-mail named', () => {
    document.open();
    document.write(inboxPage(FULL, 'cs'));
    document.close();
    const times = [...document.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2026-12-03T09:00:00.000Z', '2026-12-03T08:00:00.000Z', '2026-12-03T09:01:00.000Z']);
    expect(document.querySelector('time')?.textContent).toContain('10:00:00');
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Ověření e-mailové adresy',
      '(bez předmětu)',
      'Komu: +420 601 123 456',
    ]);
    expect(document.querySelector('a[href="/emails/e2.html"]')).not.toBeNull();
    expect(document.querySelector('a[href="/emails/e1.html"]')).toBeNull();
  });
});
