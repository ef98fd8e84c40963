import path from 'node:path';
import type { Command } from '../command.js';
import { parsePort, readDevFolder } from '../dev/dev-folder.js';
import { type RunningEmulator, startEmulatorServer } from '../dev/emulator-server.js';
import { untilStopped } from '../dev/lifetime.js';
import { previewInPortal } from '../dev/portal-preview.js';
import { CliError } from '../errors.js';

export const devCommand: Command = {
  name: 'dev',
  summary: 'run the service standalone inside an emulator of the portal, or preview it in a running portal',
  usage: ['czp dev [dir] [--port <port>]', 'czp dev [dir] --portal <url> [--port <port>]'],
  description: [
    'Starts a development server for the remote in [dir] (default: the current folder) with hot reload, and serves an',
    'emulator of the portal at its address: the portal’s frame and stylesheet with the service mounted through its own',
    'defineRemote() from src/app.tsx, and a toolbar to switch the signed-in person (signed out, Jan Novák at substantial',
    'or high, Eva Svobodová), the language (cs/en) and the theme (light/high contrast). notify() shows toasts,',
    'navigate() changes the address shown. The API is mocked in the browser with msw: the service’s own',
    'src/mocks/handlers.ts (if it has one) and the portal’s APIs (@czp/mocks). Needs no build and no token.',
    '',
    'With --portal <url>, the service is previewed inside that running portal instead, in this browser only.',
    'Stop with Ctrl+C.',
  ].join('\n'),
  options: ['port', 'portal'],
  maxArgs: 1,
  needsToken: false,
  examples: ['czp dev', 'czp dev remotes/pribram --port 5190', 'czp dev --portal http://localhost:8080'],
  async run(context) {
    const port = parsePort(context.options.port);
    const portal = context.options.portal;
    if (portal !== undefined) {
      await previewInPortal({
        dir: path.resolve(context.io.cwd, context.args[0] ?? '.'),
        portal,
        ...(port === undefined ? {} : { port }),
        io: context.io,
      });
      return;
    }
    const folder = await readDevFolder(context.args[0], context.io.cwd);
    let emulator: RunningEmulator;
    try {
      emulator = await startEmulatorServer({
        remoteDir: folder.dir,
        serviceId: folder.metadata.id,
        ...(port === undefined ? {} : { port }),
      });
    } catch (error) {
      throw startFailure(error, port);
    }
    context.print(`Emulator of the portal for ${folder.metadata.id} (${folder.label}): ${emulator.url}`);
    context.print('Edits reload at once; stop with Ctrl+C.');
    await untilStopped();
    await emulator.close();
  },
};

/** What went wrong starting the server, said so the developer can act on it. */
function startFailure(error: unknown, port: number | undefined): Error {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' || /already in use/i.test(message)) {
    return new CliError(`port ${port ?? 'for the emulator'} is in use: choose another with --port <port>`);
  }
  return new CliError(`the emulator did not start: ${message}`);
}
