// Builds dist/fonts/*.woff2 and dist/fonts.css: gov.cz's Roboto (@gov-design-system-ce/fonts), subset with
// harfbuzz (hb-subset, WebAssembly, through `subset-font`) to the characters the portal writes in Czech and English.
// gov.cz ships each weight as two files, "latin" and "ext" (latin-extended); each is cut down here to what the
// portal uses, keeping their kerning and ligatures (GPOS/GSUB of the kept glyphs), so text looks exactly as before
// and the files shrink from 58 KB to about 31 KB. The CSS names the fonts by unicode-range, so a page in English
// never fetches an ext file.
//
// The stylesheet also declares "Roboto Fallback": the system's Arial (Liberation Sans on Linux, same metrics)
// scaled to Roboto's width and line box, so the text painted before Roboto arrives takes the same room and the
// swap moves nothing (no layout shift).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const here = dirname(new URL(import.meta.url).pathname);
const out = join(here, '..', 'dist');

/** The weights the portal uses (regular, medium, bold); no italic anywhere. */
export const WEIGHTS = { regular: 400, medium: 500, bold: 700 };

/**
 * Code point ranges kept in each file (inclusive). latin: ASCII, of Latin-1 the letters of Czech,
 * Slovak and German and the signs the texts use (nbsp, §, ©, «», °, ², ·, soft hyphen),
 * typographic dashes, quotes (‚ ‘ ’ „ “ ” ‹ ›), the ellipsis and bullet, €, ™, arrows ← ↑ → ↓, − ≤ ≥.
 * ext: every Czech and Slovak letter outside Latin-1 (č ď ě ĺ ľ ň ŕ ř š ť ů ž and capitals).
 * Kč is č. A character outside both falls back to the system's sans-serif, as before.
 */
export const SUBSETS = {
  latin: [
    [0x20, 0x7e],
    ...[0xa0, 0xa7, 0xa9, 0xab, 0xad, 0xb0, 0xb2, 0xb7, 0xbb].map((c) => [c, c]),
    // Á Ä É Í Ó Ô Ö × Ú Ü Ý ß and their small letters (÷): Czech, Slovak, German names
    ...[0xc1, 0xc4, 0xc9, 0xcd, 0xd3, 0xd4, 0xd6, 0xd7, 0xda, 0xdc, 0xdd, 0xdf].flatMap((c) => [
      [c, c],
      [c + 0x20, c + 0x20],
    ]),
    [0x2013, 0x2014],
    [0x2018, 0x201a],
    [0x201c, 0x201e],
    [0x2022, 0x2022],
    [0x2026, 0x2026],
    [0x2039, 0x203a],
    [0x20ac, 0x20ac],
    [0x2122, 0x2122],
    [0x2190, 0x2193],
    [0x2212, 0x2212],
    [0x2264, 0x2265],
  ],
  ext: [
    [0x10c, 0x10f],
    [0x11a, 0x11b],
    [0x139, 0x13a],
    [0x13d, 0x13e],
    [0x147, 0x148],
    [0x154, 0x155],
    [0x158, 0x161],
    [0x164, 0x165],
    [0x16e, 0x16f],
    [0x17d, 0x17e],
  ],
};

/** gov.cz's file of a weight and subset. */
const SOURCE = { latin: (w) => `roboto-${w}.woff2`, ext: (w) => `roboto-${w}-ext.woff2` };

const hex = (n) => n.toString(16).toUpperCase();
export const unicodeRange = (ranges) =>
  ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
const charactersOf = (ranges) =>
  ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');

/** The file name of a subset font: what the stylesheet and the shell's preload links refer to. */
export const fontFile = (weight, subset) => `roboto-${weight}-${subset}.woff2`;

/**
 * Roboto's vertical metrics (2048 units per em: ascender 1900, descender 500, no line gap) and, per weight, its
 * width against the fallback's on the portal's running Czech text (a signed-out /services/telc, measured in
 * Chromium with Liberation Sans, Arial's metrics): Arial is 0.9 % wider than Roboto Regular, 0.1 % narrower than
 * Roboto Medium (which has no Arial of its own: the regular file serves weight 500) and Arial Bold 6.5 % wider than
 * Roboto Bold. Each face is scaled by that and given Roboto's ascent and descent, divided by the scale because the
 * overrides apply to the scaled font. Since the fonts are not preloaded the swap often comes after the first paint:
 * a width off by a few per cent rewraps a tab row or a heading (a layout shift).
 *
 * Capitals are another matter: Arial's are 6 % wider than Roboto's at 400 and 500 and 2 % at 700 (the main tabs'
 * labels, uppercase with 0.04em letter spacing), so uppercase text that wraps (the tabs on a phone) takes
 * "Roboto Caps Fallback", scaled on those labels (`--font-family-caps`).
 */
const ROBOTO = { ascent: 1900 / 2048, descent: 500 / 2048 };
const pct = (n) => `${(n * 100).toFixed(2)}%`;
const fallbackFace = (weight, sizeAdjust, locals, family = 'Roboto Fallback') => `@font-face {
  font-family: "${family}";
  font-style: normal;
  font-weight: ${weight};
  src: ${locals.map((name) => `local("${name}")`).join(', ')};
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(ROBOTO.ascent / sizeAdjust)};
  descent-override: ${pct(ROBOTO.descent / sizeAdjust)};
  line-gap-override: 0%;
}`;
const ARIAL = ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Helvetica'];
const ARIAL_BOLD = ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Helvetica Bold'];

export function fontsCss() {
  const faces = Object.entries(WEIGHTS).flatMap(([name, weight]) =>
    ['latin', 'ext'].map(
      (subset) => `@font-face {
  font-family: Roboto;
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("./fonts/${fontFile(name, subset)}") format("woff2");
  unicode-range: ${unicodeRange(SUBSETS[subset])};
}`,
    ),
  );
  return `/* Generated by scripts/build-fonts.mjs from @gov-design-system-ce/fonts (Roboto, Apache-2.0): edit the script. */
${faces.join('\n')}
${fallbackFace(400, 0.9944, ARIAL)}
${fallbackFace(500, 1.0043, ARIAL)}
${fallbackFace(700, 0.942, ARIAL_BOLD)}
${fallbackFace(400, 0.935, ARIAL, 'Roboto Caps Fallback')}
${fallbackFace(500, 0.9438, ARIAL, 'Roboto Caps Fallback')}
${fallbackFace(700, 0.9245, ARIAL_BOLD, 'Roboto Caps Fallback')}
/* gov.cz's family token with the metric-matched fallback before the generic one. */
:root {
  --font-family: Roboto, "Roboto Fallback", sans-serif;
  --font-family-caps: Roboto, "Roboto Caps Fallback", sans-serif;
}
`;
}

async function build() {
  await mkdir(join(out, 'fonts'), { recursive: true });
  let before = 0;
  let after = 0;
  for (const name of Object.keys(WEIGHTS)) {
    for (const subset of ['latin', 'ext']) {
      const source = await readFile(require.resolve(`@gov-design-system-ce/fonts/lib/${SOURCE[subset](name)}`));
      const font = await subsetFont(source, charactersOf(SUBSETS[subset]), { targetFormat: 'woff2' });
      await writeFile(join(out, 'fonts', fontFile(name, subset)), font);
      before += source.length;
      after += font.length;
    }
  }
  await writeFile(join(out, 'fonts.css'), fontsCss());
  console.log(`dist/fonts: Roboto ${(before / 1024).toFixed(0)} KB subset to ${(after / 1024).toFixed(0)} KB`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) await build();
