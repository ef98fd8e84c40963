import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findWorkspace, platformSpec } from './platform.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-platform-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('findWorkspace', () => {
  it('finds the nearest pnpm-workspace.yaml up that lists remotes/*', async () => {
    await writeFile(path.join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n  - remotes/*  # services\n');
    const deep = path.join(root, 'remotes', 'telc', 'src');
    await mkdir(deep, { recursive: true });
    // A project's own settings file (a standalone remote has one) does not make it the CzP workspace.
    await writeFile(path.join(root, 'remotes', 'telc', 'pnpm-workspace.yaml'), 'allowBuilds:\n  msw: false\n');
    expect(await findWorkspace(deep)).toBe(root);
  });

  it('is null when none lists remotes/*', async () => {
    await writeFile(path.join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n  - "remotes/**/x"\n');
    expect(await findWorkspace(root)).toBeNull();
  });
});

describe('platformSpec', () => {
  it('is workspace:*, the version, or a link into the checkout', () => {
    expect(platformSpec({ kind: 'workspace', root }, '@czp/remote-sdk')).toBe('workspace:*');
    expect(platformSpec({ kind: 'registry' }, '@czp/remote-sdk')).toMatch(/^\d+\.\d+\.\d+$/);
    expect(platformSpec({ kind: 'path', checkout: '/czp' }, '@czp/design-system')).toBe('link:/czp/design-system');
    expect(() => platformSpec({ kind: 'registry' }, 'react')).toThrow('react is not a platform package');
  });
});
