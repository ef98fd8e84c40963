import type { Command } from '../command.js';
import { CliError } from '../errors.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'run the publishing gate locally: metadata, manifest, shared libraries, size, accessibility',
  usage: ['czp check [dir]'],
  description: 'Being built (issue 15).',
  options: [],
  maxArgs: 1,
  needsToken: false,
  async run() {
    throw new CliError('czp check is being built');
  },
};
