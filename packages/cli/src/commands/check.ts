import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildRemote, packageManagerOf } from '../checks/build-remote.js';
import { distFreshness } from '../checks/fresh-build.js';
import { CHECKS } from '../checks/index.js';
import { runChecks } from '../checks/run.js';
import type { CheckResult } from '../checks/types.js';
import type { Command, CommandContext } from '../command.js';
import { CliError, ReportedError } from '../errors.js';
import { plural } from '../format.js';
import { folderLabel, readRemoteFolder, readServiceFile } from '../remote-folder.js';

const MARK: Record<CheckResult['status'], string> = { pass: '✓', fail: '✗', skip: '–' };

/** Why dist/ has to be built before checking, or null when it is as new as the sources (and --build is not given). */
async function reasonToBuild(dir: string, always: boolean): Promise<string | null> {
  const missing = await stat(path.join(dir, 'dist', 'remoteEntry.js')).then(
    () => false,
    () => true,
  );
  if (missing) return 'dist/ is not built yet';
  const { built, changed, fresh } = await distFreshness({ dir });
  if (!fresh) return built ? `dist/ is older than ${changed?.path ?? 'the sources'}` : 'dist/ has no files';
  return always ? '--build' : null;
}

/**
 * A fresh remote has no dist/ yet, and a dist/ older than the sources checks what the sources no longer say: czp check
 * builds first then (always with --build), one line saying why. A failed build is the ✗ line of the build check, and
 * nothing else runs on files that are not there.
 */
async function buildFirst(context: CommandContext): Promise<CheckResult | null> {
  const dir = path.resolve(context.io.cwd, context.args[0] ?? '.');
  const label = folderLabel(dir, context.io.cwd);
  await readServiceFile(dir, label); // a folder that is no remote is refused before anything runs
  const reason = await reasonToBuild(dir, context.options.build === true);
  if (reason === null) return null;
  const command = `${await packageManagerOf(dir)} run build`;
  if (!context.json) {
    context.print(reason === '--build' ? `Building first (${command})` : `${reason}: building first (${command})`);
  }
  try {
    await buildRemote({ dir, label }, context.io);
    return null;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {
      id: 'build',
      title: 'build',
      status: 'fail',
      message: error.message.replace('; nothing was uploaded', ''),
      code: 'build-failed',
      file: `${label}/package.json`,
      ...(error.field ? { field: error.field } : {}),
    };
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'run the publishing gate locally: metadata, manifest, shared libraries, size',
  usage: ['czp check [dir] [--build]'],
  description: [
    'Runs on [dir] (default: the current folder) the checks the portal runs when you publish, with the same code',
    '(@czp/publishing-gate): dist/ built from the current sources; czp.service.json and the version; mf-manifest.json',
    '(./app exposed, every file it names in dist/); the shared libraries (React, react-dom, zustand, the design system,',
    'the SDK) really taken from the portal, found by looking at the files, not only the manifest; the size budget of',
    'the first load. Prints one line per check (✓ passed, ✗ failed with the reason, – skipped) and exits with 1 if',
    'any failed. Needs no token and sends nothing.',
    '',
    "When dist/ is missing or older than the sources, it first runs the remote's `build` script (pnpm run build when a",
    'pnpm lockfile or workspace is found in [dir] or above it, else npm run build) and says so; with --build always. A',
    'build that fails is the ✗ line of the build check.',
  ].join('\n'),
  options: ['build'],
  maxArgs: 1,
  needsToken: false,
  examples: ['czp check', 'czp check remotes/kutna-hora', 'czp check --build', 'czp check --json'],
  async run(context) {
    const failedBuild = await buildFirst(context);
    if (failedBuild) {
      if (context.json) {
        context.printJson({
          ok: false,
          dir: folderLabel(path.resolve(context.io.cwd, context.args[0] ?? '.'), context.io.cwd),
          checks: [failedBuild],
        });
      } else {
        context.print(`${MARK.fail} ${failedBuild.title}  ${failedBuild.message}`);
        context.print('The build failed: fix what it printed above and run czp check again');
      }
      throw new ReportedError(failedBuild.message, { code: 'build-failed' });
    }
    const folder = await readRemoteFolder(context.args[0], context.io.cwd);
    const results = await runChecks(folder, context.io, CHECKS);
    const failed = results.filter((result) => result.status === 'fail');
    if (context.json) {
      context.printJson({
        ok: failed.length === 0,
        dir: folder.label,
        serviceId: folder.serviceId,
        version: folder.version,
        checks: results,
      });
    } else {
      context.print(`Checking ${folder.serviceId} ${folder.version} in ${folder.label} …`);
      const width = Math.max(...results.map((result) => result.title.length));
      for (const result of results) {
        const field = result.status === 'fail' && result.field ? ` (field: ${result.field})` : '';
        context.print(`${MARK[result.status]} ${result.title.padEnd(width)}  ${result.message}${field}`);
      }
      context.print(
        failed.length === 0
          ? `All ${plural(results.length, 'check')} passed: publish with czp publish ${context.args[0] ?? ''}`.trimEnd()
          : `${failed.length} of ${plural(results.length, 'check')} failed: fix what the ✗ lines say and run czp check again`,
      );
    }
    if (failed.length > 0) {
      throw new ReportedError(`${failed.length} of ${plural(results.length, 'check')} failed`, {
        code: 'check-failed',
      });
    }
  },
};
