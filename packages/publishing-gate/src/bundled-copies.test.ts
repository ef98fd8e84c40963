import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_SINGLETONS } from '@czp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureRemote, fixtureMetadata, readBundle } from '../fixtures/build-remote.js';
import { designSystemMarkerClasses, findBundledCopies } from './bundled-copies.js';
import { GateError } from './errors.js';
import { checkBundle, runGate } from './gate.js';
import { type FederationManifest, readManifest } from './manifest.js';
import { bundleOf } from './test-bundle.js';

/**
 * The fixture remote (fixtures/remote) built twice with the real toolchain: with czpRemoteConfig(), and with the
 * configuration the trial found accepted (the shared singletons without `import: false`, vite.bundled.config.ts).
 */
let dir: string;
let czp: Map<string, Buffer>;
let bundled: Map<string, Buffer>;
let metadata: unknown;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'czp-gate-'));
  await Promise.all([buildFixtureRemote('czp', join(dir, 'czp')), buildFixtureRemote('bundled', join(dir, 'bundled'))]);
  czp = await readBundle(join(dir, 'czp'));
  bundled = await readBundle(join(dir, 'bundled'));
  metadata = await fixtureMetadata();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const labels = { bundle: 'remotes/gate-fixture/dist' };
const manifestOf = (files: Map<string, Buffer>): FederationManifest =>
  readManifest(files.get('mf-manifest.json'), 'dist');

describe('a remote built with its shared singletons but without import: false', () => {
  it('is refused by the gate, naming each library, a file of it and what to change', () => {
    let error: unknown;
    try {
      checkBundle({ metadata, version: '1.0.0', files: bundled, labels });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GateError);
    const refusal = error as GateError;
    expect(refusal.code).toBe('not-shared-singleton');
    expect(refusal.message).toMatch(/^remotes\/gate-fixture\/dist bundles its own copies of react \(assets\/[^)]+\.js/);
    expect(refusal.message).toMatch(/react-dom \(assets\/[^)]+\.js/);
    expect(refusal.message).toContain(
      ': take the shared libraries from the portal — use czpRemoteConfig() from @czp/remote-build',
    );
  });

  it('carries a copy of every shared singleton, and each is found', () => {
    const copies = findBundledCopies(bundled, manifestOf(bundled));
    expect(copies.map((copy) => copy.library)).toEqual([...SHARED_SINGLETONS]);
    for (const copy of copies) for (const file of copy.files) expect(bundled.has(file), file).toBe(true);
    // The message names a file of the library itself first, not a chunk its fallback depends on (React's for zustand).
    expect(copies.find((copy) => copy.library === 'zustand')?.files[0]).toMatch(/__prebuild__zustand__prebuild__/);
    const reactDom = copies.find((copy) => copy.library === 'react-dom');
    expect(reactDom?.evidence).toContain('mf-manifest.json lists a fallback copy of "react-dom');
    expect(reactDom?.evidence).toContain('its code');
  });

  it('is found by its code alone: without the manifest and with every chunk renamed', () => {
    const renamed = new Map(
      [...bundled]
        .filter(([path]) => path.endsWith('.js'))
        .map(([, content], index) => [`assets/c${index}.js`, content]),
    );
    expect(findBundledCopies(renamed, undefined).map((copy) => copy.library)).toEqual([...SHARED_SINGLETONS]);
  });

  it('is refused by czp check’s shared-libraries line, while its manifest alone looks right', () => {
    const report = runGate({ metadata, version: '1.0.0', files: bundled, labels });
    const shared = report.checks.find((check) => check.id === 'shared');
    expect(shared?.status).toBe('fail');
    expect(report.checks.find((check) => check.id === 'manifest')?.status).toBe('pass');
  });
});

describe('a remote built with czpRemoteConfig()', () => {
  it('passes the whole gate', () => {
    const passed = checkBundle({ metadata, version: '1.0.0', files: czp, labels });
    expect(passed.facts.federationName).toBe('czp_gate_fixture');
    expect(runGate({ metadata, version: '1.0.0', files: czp, labels }).checks.map((check) => check.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
  });

  it('has no file that looks like a shared library: a slim container whose shims read the shell’s copies', () => {
    expect(findBundledCopies(czp, manifestOf(czp))).toEqual([]);
    const texts = [...czp.values()].map((content) => content.toString('utf8')).join('\n');
    // The shims take React and the rest from the share scope by name (container-entry.ts in @czp/remote-build)…
    expect(texts).toMatch(/import\{take as \w+\}from"\.\/czp-shared-[\w-]+\.js"/);
    expect(texts).toContain('(`react`)');
    expect(texts).toContain('export const czpContainer=1');
    // …and no Module Federation runtime is shipped (its error codes, RUNTIME-00x).
    expect(texts).not.toMatch(/RUNTIME-00\d/);
  });
});

describe('the signatures', () => {
  it('tell React’s own definition of its internals from code that reads them', () => {
    const files = (text: string) => new Map([['assets/x.js', Buffer.from(text)]]);
    const libraries = (text: string) => findBundledCopies(files(text), undefined).map((copy) => copy.library);
    expect(
      libraries('exports.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE =\n  ReactSharedInternals;'),
    ).toEqual(['react']);
    expect(libraries('var u=n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;')).toEqual([]);
    expect(libraries('if(n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE==null)x()')).toEqual([]);
    expect(libraries('const api = { setState, getState, getInitialState, subscribe };')).toEqual(['zustand']);
    expect(libraries('store.setState({ a: 1 }); store.getState();')).toEqual([]);
    // One class of the design system could be a remote's own choice; two of one entry are the library.
    expect(libraries('className:`czp-radio-group`')).toEqual([]);
    expect(libraries('className:`czp-radio-group`,x=`czp-text-field`')).toEqual(['@czp/design-system/forms']);
  });

  it('do not flag a bundle without a copy, nor a shared module whose manifest lists no fallback', () => {
    expect(findBundledCopies(bundleOf(), undefined)).toEqual([]);
  });

  it('look for root classes the design system’s components still have', async () => {
    const components = new Set(await readdir(new URL('../../../design-system/src/components/', import.meta.url)));
    for (const name of designSystemMarkerClasses()) expect(components, name).toContain(name);
  });
});
