import type { ActivationResult } from '@czp/contract';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { printServerMessage, serviceFromContext, servicePath } from './shared.js';

const EXPLANATION = [
  'Withdraw takes the service off the portal: no version stays active, so citizens no longer see or open it.',
  'Published versions are kept; `czp activate <version>` brings the service back.',
].join('\n');

export const withdrawCommand: Command = {
  name: 'withdraw',
  summary: 'take the service off the portal (no active version); needs --yes',
  usage: ['czp withdraw [dir] --yes', 'czp withdraw --service <id> --yes'],
  description: `${EXPLANATION}\nThe service is the "id" in [dir]/czp.service.json (default: the current folder) or the one given with --service.`,
  options: ['service', 'yes'],
  maxArgs: 1,
  needsToken: true,
  examples: ['czp withdraw remotes/telc --yes', 'czp withdraw --service telc --yes'],
  async run(context) {
    if (context.options.yes !== true) {
      throw new UsageError(`${EXPLANATION}\nRun it again with --yes to withdraw.`, 'withdraw');
    }
    const serviceId = await serviceFromContext(context, 'withdraw', context.args[0]);
    const result = await context.client().delete<ActivationResult>(servicePath(serviceId, '/active'));
    if (context.json) {
      context.printJson(result);
      return;
    }
    const said = result.activeVersion
      ? `${result.serviceId}: version ${result.activeVersion} is still active.`
      : `${result.serviceId} is withdrawn: no version is active.`;
    context.print(said);
    printServerMessage(context, result.message, said);
  },
};
