import { CHECKS } from '../checks/index.js';
import { runChecks } from '../checks/run.js';
import type { CheckResult } from '../checks/types.js';
import type { Command } from '../command.js';
import { ReportedError } from '../errors.js';
import { plural } from '../format.js';
import { readRemoteFolder } from '../remote-folder.js';

const MARK: Record<CheckResult['status'], string> = { pass: '✓', fail: '✗', skip: '–' };

export const checkCommand: Command = {
  name: 'check',
  summary: 'run the publishing gate locally: metadata, manifest, shared libraries, size',
  usage: ['czp check [dir]'],
  description: [
    'Runs on [dir] (default: the current folder) the checks the portal runs when you publish, with the same code',
    '(@czp/publishing-gate): dist/ built from the current sources; czp.service.json and the version; mf-manifest.json',
    '(./app exposed, every file it names in dist/); the shared libraries (React, react-dom, zustand, the design system,',
    'the SDK) really taken from the portal, found by looking at the files, not only the manifest; the size budget of',
    'the first load. Prints one line per check (✓ passed, ✗ failed with the reason, – skipped) and exits with 1 if',
    'any failed. Needs no token and sends nothing.',
  ].join('\n'),
  options: [],
  maxArgs: 1,
  needsToken: false,
  examples: ['czp check', 'czp check remotes/kutna-hora', 'czp check --json'],
  async run(context) {
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
