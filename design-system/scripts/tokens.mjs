// The design tokens, from src/tokens/*.json (W3C Design Tokens groups) to src/styles/tokens.css.
// Hand-written because it is a flatten: Style Dictionary 5 needs Node 22 and brings prettier & co.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TOKEN_SOURCES = {
  base: resolve(root, 'src/tokens/tokens.json'),
  highContrast: resolve(root, 'src/tokens/high-contrast.json'),
};
export const TOKENS_CSS = resolve(root, 'src/styles/tokens.css');

const HIGH_CONTRAST = ':root[data-czp-theme="high-contrast"]';
// The system's "more contrast" wins unless the citizen chose the light theme explicitly.
const SYSTEM_HIGH_CONTRAST = ':root:not([data-czp-theme="light"])';

/** [path, value] of every token: `$value` leaves; `$root` stands for the group itself. */
export function flatten(group, path = []) {
  const out = [];
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$') && key !== '$root') continue;
    if (node === null || typeof node !== 'object') throw new Error(`token ${[...path, key].join('.')}: not an object`);
    const here = key === '$root' ? path : [...path, key];
    if ('$value' in node) {
      if (typeof node.$value !== 'string') throw new Error(`token ${here.join('.')}: $value must be a string`);
      out.push([here, node.$value]);
    }
    out.push(...flatten(node, here));
  }
  return out;
}

const czpName = (path) => `--czp-${path.join('-')}`;
const declarations = (entries, indent) => entries.map(([name, value]) => `${indent}${name}: ${value};`).join('\n');

export function renderTokensCss(base, highContrast) {
  const baseTokens = flatten(base).map(([path, value]) => [czpName(path), value]);
  const known = new Set(baseTokens.map(([name]) => name));
  const { gov = {}, ...czpOverrides } = highContrast;
  const overrides = flatten(czpOverrides).map(([path, value]) => {
    const name = czpName(path);
    if (!known.has(name)) throw new Error(`high-contrast.json overrides ${name}, which tokens.json does not define`);
    return [name, value];
  });
  const govOverrides = flatten(gov).map(([path, value]) => [`--${path.join('-')}`, value]);
  const contrast = [...overrides, ...govOverrides];
  return [
    '/* Generated from src/tokens/*.json by scripts/tokens.mjs: edit the JSON, not this file. */',
    ':root {',
    declarations(baseTokens, '  '),
    '}',
    `${HIGH_CONTRAST} {`,
    declarations(contrast, '  '),
    '}',
    '@media (prefers-contrast: more) {',
    `  ${SYSTEM_HIGH_CONTRAST} {`,
    declarations(contrast, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

export function buildTokensCss() {
  return renderTokensCss(readJson(TOKEN_SOURCES.base), readJson(TOKEN_SOURCES.highContrast));
}

export function writeTokensCss() {
  writeFileSync(TOKENS_CSS, buildTokensCss());
}

/** Vite plugin (Storybook, dev servers): regenerate tokens.css when a token source changes. */
export function tokensPlugin() {
  return {
    name: 'czp-tokens',
    buildStart() {
      writeTokensCss();
    },
    configureServer(server) {
      const sources = Object.values(TOKEN_SOURCES);
      server.watcher.add(sources);
      server.watcher.on('change', (file) => {
        if (!sources.includes(resolve(file))) return;
        try {
          writeTokensCss(); // the CSS file changes: Vite hot-reloads it everywhere
        } catch (error) {
          server.config.logger.error(`tokens: ${error.message}`);
        }
      });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeTokensCss();
  console.log(`wrote ${TOKENS_CSS}`);
}
