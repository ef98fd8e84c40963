import type { Command } from '../command.js';
import { CliError } from '../errors.js';

export const newCommand: Command = {
  name: 'new',
  summary: 'write a new service (a remote) into a folder: czp.service.json, code, tests, scripts',
  usage: ['czp new <id> [--issuer <id>] [--ico <ico>] ...'],
  description: 'Being built (issue 15).',
  options: [],
  maxArgs: 1,
  needsToken: false,
  async run() {
    throw new CliError('czp new is being built');
  },
};
