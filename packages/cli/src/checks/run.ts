import { type GateReport, runGate } from '@czp/publishing-gate';
import type { CliIo } from '../command.js';
import type { RemoteFolder } from '../remote-folder.js';
import { CHECKS } from './index.js';
import { readDist } from './read-dist.js';
import type { Check, CheckContext, CheckResult } from './types.js';

/** Reads the folder once and runs every check (or the ones given), in order; a check that throws fails its line. */
export async function runChecks(
  folder: RemoteFolder,
  io: CliIo,
  checks: readonly Check[] = CHECKS,
): Promise<CheckResult[]> {
  const files = await readDist(folder.distDir, `${folder.label}/dist`);
  const metadata: unknown = JSON.parse(folder.metadataText);
  let report: GateReport | undefined;
  const context: CheckContext = {
    io,
    folder,
    metadata,
    files,
    gate: () => {
      report ??= runGate({
        metadata,
        version: folder.version,
        files,
        labels: {
          metadata: `${folder.label}/czp.service.json`,
          version: `${folder.label}/package.json`,
          bundle: `${folder.label}/dist`,
        },
      });
      return report;
    },
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    try {
      results.push({ id: check.id, title: check.title, ...(await check.run(context)) });
    } catch (error) {
      results.push({
        id: check.id,
        title: check.title,
        status: 'fail',
        message: `the check could not run: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return results;
}
