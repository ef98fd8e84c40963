import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildForStart, describeFailures, lastLines, listRemotes, PLATFORM_BUILD } from './start-build.mjs';

interface Call {
  command: string;
  args: readonly string[];
  capture: boolean;
}

/** A runner that answers each command from a table (by the remote folder, or "platform"), recording the calls. */
function fakeRunner(results: Record<string, { code: number; output?: string }>) {
  const calls: Call[] = [];
  const runner = async (command: string, args: readonly string[], options: { cwd: string; capture: boolean }) => {
    calls.push({ command, args, capture: options.capture });
    const key = args[0] === '--dir' ? String(args[1]) : 'platform';
    const result = results[key] ?? { code: 0 };
    return { code: result.code, output: result.output ?? '' };
  };
  return { runner, calls };
}

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

describe('pnpm start builds', () => {
  it('builds the platform first, then every remote separately, and collects the failing one with its last lines', async () => {
    const output = `${Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n')}\n\u001b[31merror: src/app.tsx: x\u001b[39m\n\n`;
    const { runner, calls } = fakeRunner({ 'remotes/kutna-hora': { code: 1, output } });
    const lines: string[] = [];
    const outcome = await buildForStart({
      root: '/repo',
      runner,
      log: (line) => lines.push(line),
      remotes: ['telc', 'kutna-hora', 'znojmo'],
    });

    expect(calls[0]).toEqual({ command: 'pnpm', args: PLATFORM_BUILD, capture: false });
    expect(PLATFORM_BUILD).not.toContain('./remotes/**');
    expect(
      calls
        .slice(1)
        .map((call) => call.args.join(' '))
        .sort(),
    ).toEqual(['--dir remotes/kutna-hora run build', '--dir remotes/telc run build', '--dir remotes/znojmo run build']);
    expect(calls.slice(1).every((call) => call.capture)).toBe(true);
    expect(outcome).toEqual({
      ok: true,
      built: ['telc', 'znojmo'],
      failed: [
        {
          dir: 'kutna-hora',
          code: 1,
          tail: [...Array.from({ length: 14 }, (_, i) => `line ${i + 17}`), 'error: src/app.tsx: x'],
        },
      ],
    });
    expect(
      lines.filter((line) => /^ {2}✗ remotes\/kutna-hora failed to build \(exit 1, \d+\.\d s\)$/.test(line)),
    ).toHaveLength(1);

    const report = describeFailures(outcome.ok ? outcome.failed : []);
    expect(report).toContain('remotes/kutna-hora did not build (exit 1). The last lines of its build:');
    expect(report).toContain('  │ error: src/app.tsx: x');
    expect(report).toContain('  Rebuild it alone with: pnpm --dir remotes/kutna-hora build');
    expect(report.at(-1)).toBe(
      'The portal starts without remotes/kutna-hora: it keeps any version published earlier; ' +
        'the other remotes are published as usual.',
    );
  });

  it('stops when the platform fails: no remote is built', async () => {
    const { runner, calls } = fakeRunner({ platform: { code: 2 } });
    const outcome = await buildForStart({ root: '/repo', runner, log: () => {}, remotes: ['telc'] });
    expect(outcome).toEqual({ ok: false, stage: 'platform', code: 2 });
    expect(calls).toHaveLength(1);
  });

  it('says nothing about failures when every remote builds, and hints at pnpm install for a missing vite', async () => {
    expect(describeFailures([])).toEqual([]);
    const { runner } = fakeRunner({ 'remotes/new': { code: 1, output: 'sh: 1: vite: command not found' } });
    const outcome = await buildForStart({ root: '/repo', runner, log: () => {}, remotes: ['new'] });
    expect(outcome.ok && outcome.failed[0]?.hint).toBe(
      'its dependencies look missing: run pnpm install, then pnpm start',
    );
  });

  it('lists the remotes with a build script, sorted', async () => {
    root = await mkdtemp(join(tmpdir(), 'czp-start-'));
    const remote = async (name: string, pkg: unknown) => {
      await mkdir(join(root, 'remotes', name), { recursive: true });
      if (pkg !== undefined) await writeFile(join(root, 'remotes', name, 'package.json'), JSON.stringify(pkg));
    };
    await remote('znojmo', { scripts: { build: 'vite build' } });
    await remote('telc', { scripts: { build: 'vite build' } });
    await remote('no-build', { scripts: { test: 'vitest' } });
    await remote('no-package', undefined);
    await writeFile(join(root, 'remotes', 'notes.txt'), '');
    expect(await listRemotes(root)).toEqual(['telc', 'znojmo']);
  });

  it('keeps the last lines only, without colours or blank lines', () => {
    expect(lastLines('a\n\n\u001b[1mb\u001b[22m  \nc\n', 2)).toEqual(['b', 'c']);
  });
});
