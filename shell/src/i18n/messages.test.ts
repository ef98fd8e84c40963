import { describe, expect, it } from 'vitest';
import type { CzechTables } from './message-key.js';
import { cs } from './messages.cs.js';
import { addShellMessages, isShellLocaleLoaded, loadShellMessages, shellTranslator } from './messages.js';
import { accountCs } from './pages/account.cs.js';
import { catalogueCs } from './pages/catalogue.cs.js';
import { homeCs } from './pages/home.cs.js';
import { infoCs } from './pages/info.cs.js';
import { notFoundCs } from './pages/not-found.cs.js';
import { notificationsCs } from './pages/notifications.cs.js';
import { sectionCs } from './pages/section.cs.js';

/** Every Czech table: the frame's and each page chunk's (the `satisfies` keeps this list the type's list). */
const CZECH = {
  frame: cs,
  account: accountCs,
  catalogue: catalogueCs,
  home: homeCs,
  info: infoCs,
  notFound: notFoundCs,
  notifications: notificationsCs,
  section: sectionCs,
} satisfies CzechTables;

describe('the shell’s messages', () => {
  it('has Czech at once and English only once loaded, with every key in both', async () => {
    expect(isShellLocaleLoaded('cs')).toBe(true);
    expect(isShellLocaleLoaded('en')).toBe(false);
    // Before English has loaded, Czech rather than keys or blanks.
    expect(shellTranslator('en').t('login')).toBe('Přihlásit se');
    await loadShellMessages('en');
    const en = shellTranslator('en');
    expect(en.locale).toBe('en');
    expect(en.t('login')).toBe('Log in');
    const { en: table } = await import('./messages.en.js');
    const czechKeys: string[] = [];
    for (const [name, czech] of Object.entries(CZECH)) {
      for (const [key, text] of Object.entries(czech)) {
        expect(text, `${name}.${key}`).toBeTruthy();
        expect(table[key as keyof typeof table], key).toBeTruthy();
        czechKeys.push(key);
      }
    }
    // One Czech table per key (no key in two chunks), and English has exactly the keys the Czech tables define.
    expect(new Set(czechKeys).size).toBe(czechKeys.length);
    expect(Object.keys(table).sort()).toEqual(czechKeys.sort());
  });

  it('adds a page chunk’s Czech strings, also to a translator made before the chunk arrived', () => {
    const t = shellTranslator('cs');
    // Not imported by any page module here: its strings are not in the frame's table until added.
    expect(Object.hasOwn(cs, 'sectionUnavailableTitle')).toBe(false);
    addShellMessages(sectionCs);
    expect(t.t('sectionUnavailableTitle')).toBe(sectionCs.sectionUnavailableTitle);
    expect(shellTranslator('cs').t('portalName')).toBe('Portál občana');
  });
});
