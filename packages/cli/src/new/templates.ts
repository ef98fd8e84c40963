/// <reference types="vite/client" />
import type { ServiceMetadata } from '@czp/contract';
import { PLATFORM_PACKAGES, type Platform, platformSpec } from './platform.js';

/**
 * The files of a new remote: packages/cli/templates/remote, read at build time into czp's bundle (so czp needs no
 * files beside it), filled here. The templates are real, parsable files (linted with the repo); the values they need
 * are tokens `__CZP_NAME__`, replaced by the value escaped for the file's language: a string literal in TypeScript, an
 * HTML text, Markdown text. The JSON files are built as values and written with JSON.stringify.
 */
const TEMPLATE_FILES = import.meta.glob<string>('../../templates/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const PREFIX = '../../templates/';

/** remote/: every new remote's files; standalone/ or workspace/: the files that differ, laid over them. */
type TemplateGroup = 'remote' | 'standalone' | 'workspace';

function group(name: TemplateGroup): Map<string, string> {
  const prefix = `${PREFIX}${name}/`;
  return new Map(
    Object.entries(TEMPLATE_FILES)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}

/** Template files written under another name: npm leaves `.gitignore` out of a published package. */
const RENAMED: Readonly<Record<string, string>> = { gitignore: '.gitignore' };

export interface TemplateValues {
  metadata: ServiceMetadata;
  platform: Platform;
}

type Tokens = Record<string, string>;

function tokensOf({ metadata, platform }: TemplateValues): Tokens {
  return {
    SERVICE_ID: metadata.id,
    NAME_CS: metadata.name.cs,
    NAME_EN: metadata.name.en,
    ISSUER_ID: metadata.issuer.id,
    ISSUER_CS: metadata.issuer.name.cs,
    ISSUER_EN: metadata.issuer.name.en,
    PLATFORM_NOTE: platformNote(platform),
  };
}

/** A TypeScript string literal in the repo's style (single quotes). */
export function tsString(value: string): string {
  const json = JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${json}'`;
}

export function htmlText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Text that Markdown shows as typed (its punctuation escaped). */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_{}[\]()<>#+|!~]/g, (character) => `\\${character}`);
}

/** Markdown of our own, put into the README as it is. */
const RAW_MARKDOWN = new Set(['PLATFORM_NOTE']);

function fill(file: string, text: string, tokens: Tokens): string {
  const value = (name: string) => {
    const found = tokens[name];
    if (found === undefined) throw new Error(`template ${file} uses the unknown token __CZP_${name}__`);
    return found;
  };
  let filled: string;
  if (/\.tsx?$/.test(file)) {
    // In code a token is only ever a whole string literal, so a value can never become code.
    filled = text.replace(/'__CZP_([A-Z_]+)__'/g, (_, name: string) => tsString(value(name)));
  } else if (file.endsWith('.html')) {
    filled = text.replace(/__CZP_([A-Z_]+)__/g, (_, name: string) => htmlText(value(name)));
  } else if (file.endsWith('.md')) {
    filled = text.replace(/__CZP_([A-Z_]+)__/g, (_, name: string) =>
      RAW_MARKDOWN.has(name) ? value(name) : markdownText(value(name)),
    );
  } else {
    filled = text;
  }
  if (filled.includes('__CZP_')) throw new Error(`template ${file} has a token czp new cannot fill here`);
  return filled;
}

interface PackageJson {
  name: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  [key: string]: unknown;
}

/** package.json: the template's, named after the service, each platform package from where the platform says. */
function packageJson(text: string, { metadata, platform }: TemplateValues): string {
  const template = JSON.parse(text) as PackageJson;
  const specs = (dependencies: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(dependencies).map(([name, spec]) => [
        name,
        name in PLATFORM_PACKAGES ? platformSpec(platform, name) : spec,
      ]),
    );
  const result: PackageJson = {
    ...template,
    name: platform.kind === 'workspace' ? `@czp/remote-${metadata.id}` : metadata.id,
    dependencies: specs(template.dependencies),
    devDependencies: specs(template.devDependencies),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The README's paragraph on where the platform packages come from. */
function platformNote(platform: Platform): string {
  if (platform.kind === 'workspace') {
    return [
      'This remote is a folder of the CzP repository (`remotes/*` in its `pnpm-workspace.yaml`): the platform',
      'packages are the repository\u2019s own (`workspace:*`). Run `pnpm install` at the repository\u2019s root after',
      'creating it; `pnpm start` there builds and publishes it with the other remotes.',
    ].join('\n');
  }
  if (platform.kind === 'registry') {
    return [
      'The platform packages (`@czp/remote-sdk`, `@czp/design-system`, `@czp/remote-build`, `@czp/cli`) come from',
      'the npm registry, at the versions in `package.json`. To take them from a CzP checkout on this machine instead,',
      'create the service with `czp new <id> --platform <path-to-czp-checkout>`: `package.json` then names them',
      '`link:<checkout>/<folder>` (the checkout must be installed and `@czp/cli` built there:',
      '`pnpm install && pnpm --filter @czp/cli build`).',
    ].join('\n');
  }
  return [
    `The platform packages come from the CzP checkout at \`${platform.checkout}\`: \`package.json\` names them`,
    '`link:` into its folders, so they are that checkout\u2019s sources as they are now (it must be installed, and',
    '`@czp/cli` built there: `pnpm install && pnpm --filter @czp/cli build`). To take them from the npm registry',
    'instead, put their versions in place of the `link:` specs (or create the service with `--platform registry`).',
  ].join('\n');
}

/** Every file of the new remote, by its path in the remote's folder. */
export function renderTemplates(values: TemplateValues): Map<string, string> {
  const tokens = tokensOf(values);
  // A folder of the workspace shares the repository's compiler options and pnpm settings; a project of its own has
  // them written out.
  const templates = new Map([
    ...group('remote'),
    ...group(values.platform.kind === 'workspace' ? 'workspace' : 'standalone'),
  ]);
  const files = new Map<string, string>();
  for (const [file, text] of templates) {
    const name = RENAMED[file] ?? file;
    files.set(name, file === 'package.json' ? packageJson(text, values) : fill(file, text, tokens));
  }
  files.set('czp.service.json', `${JSON.stringify(values.metadata, null, 2)}\n`);
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
