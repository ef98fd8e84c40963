import type { CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import { resolveServiceId } from '../remote-folder.js';

/** `/api/publisher/services/{id}` with the id escaped. */
export function servicePath(serviceId: string, rest = ''): string {
  return `/api/publisher/services/${encodeURIComponent(serviceId)}${rest}`;
}

/** The service named by `--service <id>` or by the `id` in `[dir]/czp.service.json` (dir defaults to cwd). */
export async function serviceFromContext(context: CommandContext, commandName: string, dir: string | undefined) {
  const { service } = context.options;
  if (service !== undefined && dir !== undefined) {
    throw new UsageError(`give either a folder or --service <id>, not both`, commandName);
  }
  return resolveServiceId(dir, service, context.io.cwd);
}

/** Prints the server's message when it sent one that adds to what czp already said. */
export function printServerMessage(context: CommandContext, message: string | undefined, alreadySaid: string) {
  if (typeof message === 'string' && message.trim() !== '' && message.trim() !== alreadySaid.trim()) {
    context.print(message);
  }
}
