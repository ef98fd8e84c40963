import type { AuditLog } from '@czp/contract';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { formatDate, formatTable } from '../format.js';

const DEFAULT_AUDIT_LIMIT = 50;

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_AUDIT_LIMIT;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--limit needs a whole number of entries, 1 or more (not "${value}")`, 'audit');
  }
  return Number(value);
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'show the latest publishing actions (who published, activated, withdrew what, and when)',
  usage: ['czp audit [--limit <n>]'],
  description: `Lists the latest entries of your publishing audit log, newest first (default: ${DEFAULT_AUDIT_LIMIT}).`,
  options: ['limit'],
  maxArgs: 0,
  needsToken: true,
  examples: ['czp audit', 'czp audit --limit 10 --json'],
  async run(context) {
    const limit = parseLimit(context.options.limit);
    const result = await context.client().get<AuditLog>(`/api/publisher/audit?limit=${limit}`);
    if (context.json) {
      context.printJson(result);
      return;
    }
    const { entries } = result;
    if (entries.length === 0) {
      context.print('The audit log is empty.');
      return;
    }
    const rows = entries.map((entry) => [
      formatDate(entry.at),
      entry.action,
      entry.serviceId ?? '',
      entry.version ?? '',
      entry.outcome,
      entry.ip ?? '',
      entry.message,
    ]);
    context.print(formatTable(['WHEN', 'ACTION', 'SERVICE', 'VERSION', 'OUTCOME', 'IP', 'MESSAGE'], rows));
  },
};
