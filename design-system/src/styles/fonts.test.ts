import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFile, fontsCss, SUBSETS, unicodeRange, WEIGHTS } from '../../scripts/build-fonts.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const covered = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return [...SUBSETS.latin, ...SUBSETS.ext].some(([a, b]) => code >= a && code <= b);
};

/** The texts the portal shows: the shell's message tables and every remote's. Read as text, never imported. */
function portalTexts(): string {
  const files = [join(root, 'shell/src/i18n/messages.cs.ts'), join(root, 'shell/src/i18n/messages.en.ts')];
  for (const remote of readdirSync(join(root, 'remotes'))) {
    const dir = join(root, 'remotes', remote, 'src');
    try {
      for (const name of readdirSync(dir)) if (/^messages.*\.ts$/.test(name)) files.push(join(dir, name));
    } catch {}
  }
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('the subset Roboto', () => {
  it('has every letter and number the portal writes in Czech and English', () => {
    const missing = [...new Set(portalTexts().match(/[\p{L}\p{N}]/gu) ?? [])].filter((c) => !covered(c));
    expect(missing).toEqual([]);
  });

  it('covers the Czech and Slovak alphabets, the currencies and the arrows the UI uses', () => {
    const letters = 'aábcčdďeéěfghiíjklĺľmnňoóôpqrŕřsštťuúůvwxyýzž';
    const needed = `${letters}${letters.toUpperCase()}0123456789€→←↑↓–—„“‚‘…§`;
    expect([...needed].filter((c) => !covered(c))).toEqual([]);
  });

  it('declares a swap face per weight and subset and the metric-matched fallback first after Roboto', () => {
    const css = fontsCss();
    for (const [name, weight] of Object.entries(WEIGHTS)) {
      for (const subset of ['latin', 'ext'] as const) {
        expect(css).toContain(`url("./fonts/${fontFile(name, subset)}")`);
        expect(css).toContain(`font-weight: ${weight};`);
        expect(css).toContain(`unicode-range: ${unicodeRange(SUBSETS[subset])};`);
      }
    }
    expect(css.match(/font-display: swap/g)).toHaveLength(6);
    expect(css).toContain('--font-family: Roboto, "Roboto Fallback", sans-serif;');
    expect(css).toMatch(/size-adjust: [\d.]+%;\s+ascent-override: [\d.]+%;\s+descent-override: [\d.]+%;/);
  });
});
