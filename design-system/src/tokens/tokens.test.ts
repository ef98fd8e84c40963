// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTokensCss, flatten, renderTokensCss, TOKENS_CSS } from '../../scripts/tokens.mjs';
import highContrast from './high-contrast.json' with { type: 'json' };
import { BREAKPOINTS, TOKENS } from './index.js';

const repo = resolve(import.meta.dirname, '../../..');

/** Every .css file of the portal's own UI (library, shell, remotes), without builds and dependencies. */
function portalCss(dir = repo, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', '.git', 'storybook-static', 'test-results'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) portalCss(path, out);
    else if (name.endsWith('.css') && /\/(design-system|shell|remotes)\//.test(path)) out.push(path);
  }
  return out;
}

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('design tokens', () => {
  it('src/styles/tokens.css is generated from the JSON (run `pnpm --filter @czp/design-system tokens`)', () => {
    expect(readFileSync(TOKENS_CSS, 'utf8')).toBe(buildTokensCss());
  });

  it('every --czp- property used in the portal’s CSS is a token', () => {
    const defined = new Set(TOKENS.map((token) => token.name));
    const unknown: string[] = [];
    for (const file of portalCss()) {
      if (file === TOKENS_CSS) continue;
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\((--czp-[a-z0-9-]+)/g)) {
        if (name && !defined.has(name)) unknown.push(`${file.slice(repo.length + 1)}: ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('the high-contrast theme keeps text at 7:1 or more on its surfaces', () => {
    const value = (name: string) => TOKENS.find((t) => t.name === name)?.highContrast ?? '';
    const pairs = [
      ['--czp-color-text', '--czp-color-surface'],
      ['--czp-color-text-muted', '--czp-color-surface'],
      ['--czp-color-link', '--czp-color-surface'],
      ['--czp-color-error-text', '--czp-color-error-bg'],
      ['--czp-color-success-text', '--czp-color-success-bg'],
      ['--czp-color-warning-text', '--czp-color-warning-bg'],
      ['--czp-color-header-text', '--czp-color-header-bg'],
      ['--czp-color-tabs-text', '--czp-color-tabs-bg'],
    ] as const;
    for (const [fg, bg] of pairs) {
      expect(contrast(value(fg), value(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('refuses a high-contrast override of a token that does not exist', () => {
    const { gov: _gov, ...czp } = highContrast;
    expect(() => renderTokensCss({ color: {} }, czp)).toThrow(/does not define/);
    expect(() => flatten({ color: { text: { $value: 3 } } })).toThrow(/color.text: \$value must be a string/);
  });

  it('exposes the breakpoints for code and every token with its property name', () => {
    expect(BREAKPOINTS).toEqual({ s: '30rem', m: '48rem', l: '64rem' });
    expect(TOKENS.find((t) => t.path === 'color.text')).toMatchObject({
      name: '--czp-color-text',
      highContrast: highContrast.color.text.$value,
    });
  });
});
