/**
 * The design tokens for code: `@czp/design-system/tokens`. CSS reads them as --czp-* custom
 * properties (src/styles/tokens.css, generated from the same JSON); code needs them only where CSS
 * cannot reach, e.g. breakpoints in matchMedia, and the Storybook tokens page.
 */
import highContrast from './high-contrast.json' with { type: 'json' };
import tokens from './tokens.json' with { type: 'json' };

export interface TokenEntry {
  /** The CSS custom property, e.g. `--czp-color-text`. */
  name: string;
  /** Dotted path in the JSON, e.g. `color.text`. */
  path: string;
  value: string;
  /** The high-contrast theme's value, when it differs. */
  highContrast?: string;
  description?: string;
}

type TokenNode = { $value?: unknown; $description?: unknown; [key: string]: unknown };

function collect(group: TokenNode, path: string[], overrides: Map<string, string>): TokenEntry[] {
  const out: TokenEntry[] = [];
  for (const [key, child] of Object.entries(group)) {
    if ((key.startsWith('$') && key !== '$root') || typeof child !== 'object' || child === null) continue;
    const node = child as TokenNode;
    const here = key === '$root' ? path : [...path, key];
    if (typeof node.$value === 'string') {
      const name = `--czp-${here.join('-')}`;
      out.push({
        name,
        path: here.join('.'),
        value: node.$value,
        ...(overrides.has(name) ? { highContrast: overrides.get(name) } : {}),
        ...(typeof node.$description === 'string' ? { description: node.$description } : {}),
      });
    }
    out.push(...collect(node, here, overrides));
  }
  return out;
}

const { gov: _gov, ...czpHighContrast } = highContrast as TokenNode;
const overrides = new Map(collect(czpHighContrast, [], new Map()).map((entry) => [entry.name, entry.value]));

/** Every token, in source order, with its high-contrast value. */
export const TOKENS: readonly TokenEntry[] = collect(tokens as TokenNode, [], overrides);

/** Breakpoints in rem, for matchMedia: `(min-width: ${BREAKPOINTS.m})`. */
export const BREAKPOINTS = {
  s: tokens.breakpoint.s.$value,
  m: tokens.breakpoint.m.$value,
  l: tokens.breakpoint.l.$value,
} as const;
