import type { FailureReportList, RemoteFailureReason } from '@czp/contract';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { formatDate, formatTable, plural } from '../format.js';
import { serviceFromContext, servicePath } from './shared.js';

const DEFAULT_LIMIT = 50;
/** The server's bound (the same as the audit log's). */
const MAX_LIMIT = 500;

/** What each reason means, for the line under the table. */
const REASONS: Record<RemoteFailureReason, string> = {
  'load-failed': 'the files did not load',
  timeout: 'it took too long to load',
  crashed: 'it threw an error while running',
  integrity: 'a file did not match its published hash (SHA-384)',
};

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw new UsageError(`--limit needs a whole number of reports from 1 to ${MAX_LIMIT} (not "${value}")`, 'reports');
  }
  return Number(value);
}

export const reportsCommand: Command = {
  name: 'reports',
  summary: 'list the failure reports citizens sent about your service, newest first',
  usage: ['czp reports [dir] [--limit <n>]', 'czp reports --service <id> [--limit <n>]'],
  description:
    'When your remote does not load, times out, crashes or fails its integrity check in a citizen\'s browser, the portal shows a fallback and records a failure report. This lists the reports about your service, newest first (default: the latest 50): when, which version, why, on which page and what the browser said.\nThe service is the "id" in [dir]/czp.service.json (default: the current folder) or the one given with --service. Only your own services\' reports are shown.',
  options: ['service', 'limit'],
  maxArgs: 1,
  needsToken: true,
  examples: ['czp reports remotes/telc', 'czp reports --service telc --limit 10', 'czp reports --json'],
  async run(context) {
    const limit = parseLimit(context.options.limit);
    const serviceId = await serviceFromContext(context, 'reports', context.args[0]);
    const result = await context.client().get<FailureReportList>(servicePath(serviceId, `/reports?limit=${limit}`));
    if (context.json) {
      context.printJson(result);
      return;
    }
    // Newest first, whatever order the answer came in.
    const reports = [...result.reports].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    if (reports.length === 0) {
      context.print(`No failure reports about ${result.serviceId}: no citizen's browser has reported a problem.`);
      return;
    }
    context.print(`${plural(reports.length, 'failure report')} about ${result.serviceId}, newest first:`);
    context.print();
    const rows = reports.map((report) => [
      formatDate(report.at),
      report.version ?? '-',
      report.reason,
      report.page,
      report.message.replace(/\s+/g, ' ').trim(),
    ]);
    context.print(formatTable(['WHEN', 'VERSION', 'REASON', 'PAGE', 'MESSAGE'], rows));
    context.print();
    const seen = [...new Set(reports.map((report) => report.reason))];
    context.print(seen.map((reason) => `${reason}: ${REASONS[reason] ?? reason}`).join('; '));
  },
};
