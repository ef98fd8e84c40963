// What `pnpm start` builds before the server starts (scripts/start.mjs runs it; start-build.test.ts tests it with a
// fake runner): the platform strictly, then each remote on its own, so one broken remote never keeps the portal down.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ code: number; output: string }} RunResult
 * @typedef {(command: string, args: readonly string[], options: { cwd: string; capture: boolean }) => Promise<RunResult>} Runner
 * @typedef {{ dir: string; code: number; tail: string[]; hint?: string }} RemoteFailure
 * @typedef {{ ok: false; stage: 'platform'; code: number } | { ok: true; built: string[]; failed: RemoteFailure[] }} BuildOutcome
 */

/** The platform: every package, the design system and the shell, in dependency order (pnpm -r sorts them). */
export const PLATFORM_BUILD = [
  '-r',
  '--workspace-concurrency=2',
  '--filter',
  './packages/**',
  '--filter',
  './design-system',
  '--filter',
  './shell',
  'run',
  'build',
];

/** How many lines of a failed remote's build output are shown. */
const TAIL_LINES = 15;
/** Remotes built at the same time (as the old single `pnpm build` did). */
const CONCURRENCY = 2;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences of coloured output.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** The last `count` non-empty lines of a build's output, without colours. */
export function lastLines(output, count = TAIL_LINES) {
  return output
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-count);
}

/** A likely cause a newcomer can act on, when the output shows one. */
function hintFor(output) {
  if (/command not found|not recognized as an internal|Cannot find (package|module) ['"]?(vite|@czp\/)/i.test(output)) {
    return 'its dependencies look missing: run pnpm install, then pnpm start';
  }
  if (/is not valid service metadata/.test(output)) return 'correct its czp.service.json (the fields are named above)';
  return undefined;
}

/** The folders under remotes/ whose package.json has a build script, sorted. */
export async function listRemotes(root) {
  const entries = await readdir(join(root, 'remotes'), { withFileTypes: true }).catch(() => []);
  const dirs = [];
  for (const entry of entries.filter((item) => item.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const pkg = await readFile(join(root, 'remotes', entry.name, 'package.json'), 'utf8')
      .then((text) => JSON.parse(text))
      .catch(() => null);
    if (typeof pkg?.scripts?.build === 'string') dirs.push(entry.name);
  }
  return dirs;
}

/**
 * Builds the platform (its output shown as it comes; a failure stops here: nothing can start without it), then every
 * remote separately, collecting failures with the last lines of their output instead of stopping.
 * @param {{ root: string; runner: Runner; log: (line: string) => void; remotes?: readonly string[] }} options
 * @returns {Promise<BuildOutcome>}
 */
export async function buildForStart({ root, runner, log, remotes }) {
  log('Building the platform (packages, design system, shell)…');
  const platform = await runner('pnpm', PLATFORM_BUILD, { cwd: root, capture: false });
  if (platform.code !== 0) return { ok: false, stage: 'platform', code: platform.code };

  const dirs = [...(remotes ?? (await listRemotes(root)))];
  log(
    `Building ${dirs.length} remote${dirs.length === 1 ? '' : 's'} one by one (a failing one does not stop the others)…`,
  );
  const built = [];
  const failed = [];
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const dir = /** @type {string} */ (dirs[next++]);
      const started = Date.now();
      const result = await runner('pnpm', ['--dir', `remotes/${dir}`, 'run', 'build'], { cwd: root, capture: true });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (result.code === 0) {
        built.push(dir);
        log(`  ✓ remotes/${dir} (${seconds} s)`);
      } else {
        const hint = hintFor(result.output);
        failed.push({ dir, code: result.code, tail: lastLines(result.output), ...(hint ? { hint } : {}) });
        log(`  ✗ remotes/${dir} failed to build (exit ${result.code}, ${seconds} s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, dirs.length) }, worker));
  built.sort();
  failed.sort((a, b) => (a.dir < b.dir ? -1 : 1));
  return { ok: true, built, failed };
}

/** What the developer reads about each remote that failed: which, why (its last lines), and what happens now. */
export function describeFailures(failed) {
  const lines = [];
  for (const failure of failed) {
    lines.push('');
    lines.push(`remotes/${failure.dir} did not build (exit ${failure.code}). The last lines of its build:`);
    for (const line of failure.tail) lines.push(`  │ ${line}`);
    if (failure.hint) lines.push(`  → ${failure.hint}`);
    lines.push(`  Rebuild it alone with: pnpm --dir remotes/${failure.dir} build`);
  }
  if (failed.length > 0) {
    lines.push('');
    lines.push(
      `The portal starts without ${failed.map((failure) => `remotes/${failure.dir}`).join(', ')}: ` +
        'it keeps any version published earlier; the other remotes are published as usual.',
    );
  }
  return lines;
}
