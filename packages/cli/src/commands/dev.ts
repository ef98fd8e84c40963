import type { Command } from '../command.js';
import { CliError } from '../errors.js';

export const devCommand: Command = {
  name: 'dev',
  summary: 'run the service standalone inside an emulator of the portal, or preview it in a running portal',
  usage: ['czp dev [dir] [--portal <url>]'],
  description: 'Being built (issue 15).',
  options: [],
  maxArgs: 1,
  needsToken: false,
  async run() {
    throw new CliError('czp dev is being built');
  },
};
