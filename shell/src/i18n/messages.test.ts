import { describe, expect, it } from 'vitest';
import { cs } from './messages.cs.js';
import { isShellLocaleLoaded, loadShellMessages, shellTranslator } from './messages.js';

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
    for (const key of Object.keys(cs) as (keyof typeof cs)[]) {
      expect(table[key], key).toBeTruthy();
      expect(cs[key], key).toBeTruthy();
    }
    expect(Object.keys(table).sort()).toEqual(Object.keys(cs).sort());
  });
});
