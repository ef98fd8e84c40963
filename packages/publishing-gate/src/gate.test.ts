import { describe, expect, it } from 'vitest';
import { GateError } from './errors.js';
import { checkBundle, runGate } from './gate.js';
import { SIZE_BUDGET } from './size.js';
import { bundleOf, metadataOf } from './test-bundle.js';

const labels = {
  metadata: 'remotes/kutna-hora/czp.service.json',
  version: 'remotes/kutna-hora/package.json',
  bundle: 'remotes/kutna-hora/dist',
};

function refusal(run: () => unknown): GateError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('the gate let it through');
}

describe('checkBundle', () => {
  it('lets a bundle built with czpRemoteConfig through, without the build by-products', () => {
    const passed = checkBundle({ metadata: metadataOf(), version: '1.0.0', files: bundleOf(), labels });
    expect(passed.metadata.id).toBe('kutna-hora');
    expect([...passed.files.keys()].sort()).toEqual([
      'assets/app-1.css',
      'assets/app-1.js',
      'assets/lazy-1.js',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);
    expect(passed.facts.entryPath).toBe('remoteEntry.js');
    expect(passed.size.firstLoad.paths).toEqual(['remoteEntry.js', 'assets/app-1.js']);
    expect(passed.size.firstLoad.gzipBytes).toBeGreaterThan(0);
  });

  it('refuses in the server’s order: metadata before the bundle', () => {
    const error = refusal(() =>
      checkBundle({
        metadata: metadataOf('kutna-hora', { support: { email: 'no', phone: '+420 327 710 111' } }),
        version: '1.0.0',
        files: new Map(),
        labels,
      }),
    );
    expect(error.code).toBe('invalid-metadata');
    expect(error.field).toBe('support.email');
    expect(error.message).toMatch(/^remotes\/kutna-hora\/czp\.service\.json is not valid: support\.email: /);
  });

  it('refuses a version that is not semver, naming package.json', () => {
    const error = refusal(() => checkBundle({ metadata: metadataOf(), version: '01.0.0', files: bundleOf(), labels }));
    expect(error.code).toBe('invalid-version');
    expect(error.message).toBe(
      'remotes/kutna-hora/package.json: "01.0.0" is not a semantic version (MAJOR.MINOR.PATCH, for example 1.4.0)',
    );
  });

  it('refuses a file the manifest names that is missing, and a path escaping the bundle', () => {
    const files = bundleOf();
    files.delete('assets/lazy-1.js');
    expect(refusal(() => checkBundle({ metadata: metadataOf(), version: '1.0.0', files, labels })).message).toBe(
      'remotes/kutna-hora/dist/mf-manifest.json names the asset "assets/lazy-1.js", which is not in the bundle',
    );
    const escaping = bundleOf('kutna-hora', { files: { '../evil.js': 'x' } });
    expect(refusal(() => checkBundle({ metadata: metadataOf(), version: '1.0.0', files: escaping, labels })).code).toBe(
      'invalid-path',
    );
  });

  it('refuses a manifest that does not declare a shared singleton', () => {
    const files = bundleOf('kutna-hora', {
      manifest: (m) => {
        m.shared = (m.shared as { name: string }[]).filter((s) => s.name !== 'zustand');
      },
    });
    const error = refusal(() => checkBundle({ metadata: metadataOf(), version: '1.0.0', files, labels }));
    expect(error.code).toBe('not-shared-singleton');
    expect(error.message).toContain('does not take "zustand" from the portal as a shared singleton');
  });

  it('refuses a first load over the budget, saying by how much', () => {
    const budget = { ...SIZE_BUDGET, firstLoadGzipBytes: 20 };
    const error = refusal(() =>
      checkBundle({ metadata: metadataOf(), version: '1.0.0', files: bundleOf(), labels, budget }),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /^remotes\/kutna-hora\/dist: the first load \(2 scripts: the remote entry and what \.\/app needs on mount\) is \d+ B gzip-compressed, over the budget of 20 B/,
    );
    const few = { ...SIZE_BUDGET, files: 3 };
    expect(
      refusal(() => checkBundle({ metadata: metadataOf(), version: '1.0.0', files: bundleOf(), labels, budget: few }))
        .message,
    ).toBe('remotes/kutna-hora/dist has 5 files, more than 3: publish the built remote only');
  });
});

describe('runGate', () => {
  it('passes every check of a good bundle, each with what it found', () => {
    const report = runGate({ metadata: metadataOf(), version: '1.2.0', files: bundleOf(), labels });
    expect(report.checks.map((check) => [check.id, check.status])).toEqual([
      ['metadata', 'pass'],
      ['manifest', 'pass'],
      ['shared', 'pass'],
      ['size', 'pass'],
    ]);
    const summaries = report.checks.map((check) => (check.status === 'pass' ? check.summary : ''));
    expect(summaries[0]).toBe('kutna-hora 1.2.0 by mesto-kutna-hora (IČO 00236195): Nahlásit závadu / Report a fault');
    expect(summaries[1]).toBe(
      'czp_kutna_hora exposes ./app; remoteEntry.js and the 3 files it names are in the bundle',
    );
    expect(summaries[2]).toContain('7 shared libraries come from the portal (react, react-dom, zustand');
    expect(summaries[3]).toMatch(/^first load \d+ B gzip-compressed of 100\.0 KB; 5 files, [\d.]+ (B|KB) in all$/);
  });

  it('reports each refusal on its own line, and skips what needs a refused input', () => {
    const files = bundleOf('kutna-hora', {
      manifest: (m) => {
        m.shared = [];
      },
    });
    const report = runGate({ metadata: { id: 'kutna-hora' }, version: '1.0.0', files, labels });
    const byId = Object.fromEntries(report.checks.map((check) => [check.id, check]));
    expect(byId.metadata).toMatchObject({ status: 'fail', error: { code: 'invalid-metadata' } });
    expect(byId.manifest).toEqual({
      id: 'manifest',
      status: 'skip',
      reason: 'needs a valid remotes/kutna-hora/czp.service.json and version',
    });
    expect(byId.shared).toMatchObject({ status: 'fail', error: { code: 'not-shared-singleton' } });
    expect(byId.size?.status).toBe('pass');
  });

  it('skips the shared libraries and size without a manifest, and says the manifest is missing', () => {
    const files = bundleOf();
    files.delete('mf-manifest.json');
    const report = runGate({ metadata: metadataOf(), version: '1.0.0', files, labels });
    expect(report.checks.map((check) => check.status)).toEqual(['pass', 'fail', 'skip', 'skip']);
    const manifest = report.checks[1];
    expect(manifest?.status === 'fail' && manifest.error.message).toBe(
      'remotes/kutna-hora/dist/mf-manifest.json is missing: build the remote (vite build) before publishing it',
    );
  });
});
