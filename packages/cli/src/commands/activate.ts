import type { ActivateRequest, ActivationResult } from '@czp/contract';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { isSemver } from '../remote-folder.js';
import { printServerMessage, serviceFromContext, servicePath } from './shared.js';

export const activateCommand: Command = {
  name: 'activate',
  summary: 'make a published version the active one (e.g. roll back)',
  usage: ['czp activate <version> [dir]', 'czp activate <version> --service <id>'],
  description: [
    'Makes <version>, published earlier, the version citizens get: use it to roll back to an older version or to',
    'release a draft published with --no-activate. The service is the "id" in [dir]/czp.service.json (default: the',
    'current folder) or the one given with --service.',
  ].join('\n'),
  options: ['service'],
  maxArgs: 2,
  needsToken: true,
  examples: ['czp activate 1.0.0 remotes/telc', 'czp activate 1.0.0 --service telc'],
  async run(context) {
    const [version, dir] = context.args;
    if (version === undefined)
      throw new UsageError('name the version to activate, e.g. czp activate 1.0.0', 'activate');
    if (!isSemver(version)) {
      throw new UsageError(`"${version}" is not a version (major.minor.patch, e.g. 1.0.0)`, 'activate');
    }
    const serviceId = await serviceFromContext(context, 'activate', dir);
    const request: ActivateRequest = { version };
    const result = await context.client().post<ActivationResult>(servicePath(serviceId, '/active'), { json: request });
    if (context.json) {
      context.printJson(result);
      return;
    }
    const said = `${result.serviceId}: version ${result.activeVersion ?? version} is now active.`;
    context.print(said);
    printServerMessage(context, result.message, said);
  },
};
