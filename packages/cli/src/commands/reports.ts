import type { Command } from '../command.js';
import { CliError } from '../errors.js';

export const reportsCommand: Command = {
  name: 'reports',
  summary: 'list the failure reports citizens sent about your service, newest first',
  usage: ['czp reports [dir]'],
  description: 'Being built (issue 15).',
  options: [],
  maxArgs: 1,
  needsToken: true,
  async run() {
    throw new CliError('czp reports is being built');
  },
};
