import type { ServiceVersions } from '@czp/contract';
import type { Command } from '../command.js';
import { formatDate, formatSize, formatTable } from '../format.js';
import { serviceFromContext, servicePath } from './shared.js';

export const versionsCommand: Command = {
  name: 'versions',
  summary: 'list the published versions of a service and which one is active',
  usage: ['czp versions [dir]', 'czp versions --service <id>'],
  description:
    'Lists every version of the service published so far: when, how many files, how big, and which one citizens see.\nThe service is the "id" in [dir]/czp.service.json (default: the current folder) or the one given with --service.',
  options: ['service'],
  maxArgs: 1,
  needsToken: true,
  examples: ['czp versions remotes/telc', 'czp versions --service telc --json'],
  async run(context) {
    const serviceId = await serviceFromContext(context, 'versions', context.args[0]);
    const result = await context.client().get<ServiceVersions>(servicePath(serviceId, '/versions'));
    if (context.json) {
      context.printJson(result);
      return;
    }
    const { serviceId: id, versions, activeVersion } = result;
    if (versions.length === 0) {
      context.print(`${id} has no published versions yet: publish one with \`czp publish\`.`);
      return;
    }
    context.print(
      activeVersion ? `${id}: version ${activeVersion} is active` : `${id}: no version is active (withdrawn)`,
    );
    context.print();
    const rows = versions.map((entry) => [
      entry.version,
      formatDate(entry.publishedAt),
      entry.active ? '● active' : '',
      String(entry.files),
      formatSize(entry.size),
    ]);
    context.print(
      formatTable(['VERSION', 'PUBLISHED', 'ACTIVE', 'FILES', 'SIZE'], rows, [
        'left',
        'left',
        'left',
        'right',
        'right',
      ]),
    );
  },
};
