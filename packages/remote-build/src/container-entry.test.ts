import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTAINER_MARKER, containerEntrySource, REGISTRY_SOURCE, sharedShimSource } from './container-entry.js';
import { classifyImport } from './container-plugin.js';

let dir: string;
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

/** A container as the build writes it: the entry, the registry, a shim of React and the exposed chunk using it. */
async function writeContainer(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'czp-container-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'remoteEntry.js'),
    containerEntrySource({
      name: 'czp_kutna_hora',
      registry: 'assets/czp-shared-1.js',
      shared: ['react'],
      exposes: { './app': { js: 'assets/app-1.js', css: [] } },
    }),
  );
  await writeFile(join(dir, 'assets/czp-shared-1.js'), REGISTRY_SOURCE);
  await writeFile(
    join(dir, 'assets/react-shim.js'),
    sharedShimSource('react', ['default', 'useState'], './czp-shared-1.js'),
  );
  await writeFile(
    join(dir, 'assets/app-1.js'),
    "import React, { useState } from './react-shim.js';\nexport default { React, useState, at: import.meta.url };\n",
  );
  return pathToFileURL(join(dir, 'remoteEntry.js')).href;
}

describe('the slim container', () => {
  it('keeps the container contract: init(shareScope), get(name) → factory → module, with the host’s React', async () => {
    const entry = await import(/* @vite-ignore */ await writeContainer());
    expect(entry[CONTAINER_MARKER]).toBe(1);
    const react = { useState: () => 'the shell’s', default: { useState: () => 'the shell’s' } };
    let got = 0;
    entry.init({
      react: {
        '19.3.1': {
          from: 'czp_shell',
          eager: true,
          get: async () => {
            got++;
            return () => react;
          },
        },
      },
    });
    await expect(entry.get('./nothing')).rejects.toThrow('czp_kutna_hora does not expose ./nothing');
    const factory = await entry.get('./app');
    const module = factory() as { default: { React: unknown; useState: unknown } };
    expect(module.default.useState).toBe(react.useState);
    expect(module.default.React).toBe(react.default);
    await entry.get('./app');
    expect(got).toBe(1);
  });

  it('refuses to run without the share scope offering what the remote imports', async () => {
    await writeContainer();
    const entry = await import(/* @vite-ignore */ `${pathToFileURL(join(dir, 'remoteEntry.js')).href}?empty`);
    entry.init({});
    await expect(entry.get('./app')).rejects.toThrow("czp_kutna_hora needs react from the portal's share scope");
  });

  it('passes a fresh load’s query on to the exposed chunk', async () => {
    // In Node itself: vitest's module runner drops the query of import.meta.url.
    const url = `${await writeContainer()}?czp-load=2`;
    const script =
      `const e=await import(${JSON.stringify(url)});e.init({react:{'19.3.1':{get:async()=>()=>({useState:1})}}});` +
      'console.log((await e.get("./app"))().default.at);';
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout.trim()).toMatch(/assets\/app-1\.js\?czp-load=2$/);
  });
});

describe('the registry', () => {
  it('takes a shared module from the scope only when a chunk needs it, once', async () => {
    await writeContainer();
    const registry = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'assets/czp-shared-1.js')).href);
    let got = 0;
    registry.scope(
      {
        forms: {
          '0.1.0': {
            get: async () => {
              got++;
              return () => ({ TextField: 1 });
            },
          },
        },
      },
      'czp_x',
    );
    expect(() => registry.take('forms')).toThrow('forms is taken from the portal');
    await registry.need(['forms']);
    await registry.need(['forms']);
    expect(registry.take('forms')).toEqual({ TextField: 1 });
    expect(got).toBe(1);
    await expect(registry.need(['content'])).rejects.toThrow("czp_x needs content from the portal's share scope");
  });
});

describe('imports of a remote', () => {
  it('take the shared singletons and the provided subpaths from the portal, refuse other subpaths', () => {
    for (const name of ['react', 'react/jsx-runtime', 'react-dom/client', 'zustand', '@czp/design-system/forms'])
      expect(classifyImport(name), name).toBe('shared');
    for (const name of ['react-dom/server', 'zustand/vanilla', '@czp/remote-sdk/testing', '@czp/design-system/tokens'])
      expect(classifyImport(name), name).toBe('unprovided');
    for (const name of ['@czp/contract', 'ajv', './app.js', '@czp/design-system/styles.css', 'reactive'])
      expect(classifyImport(name), name).toBe('own');
  });
});
