import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ApiClient, normaliseServer } from './api-client.js';
import type { CliIo, Command, CommandContext, OptionName, OptionSpec, ParsedOptions } from './command.js';
import { activateCommand } from './commands/activate.js';
import { auditCommand } from './commands/audit.js';
import { checkCommand } from './commands/check.js';
import { devCommand } from './commands/dev.js';
import { newCommand } from './commands/new.js';
import { packCommand } from './commands/pack.js';
import { publishCommand } from './commands/publish.js';
import { registerExternalCommand } from './commands/register-external.js';
import { reportsCommand } from './commands/reports.js';
import { submissionsCommand } from './commands/submissions.js';
import { tokensCommand } from './commands/tokens.js';
import { versionsCommand } from './commands/versions.js';
import { webhookCommand } from './commands/webhook.js';
import { withdrawCommand } from './commands/withdraw.js';
import { requestDevelopmentToken, usingDevelopmentToken } from './dev-token.js';
import { CliError, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, ReportedError, UsageError } from './errors.js';

export type { CliIo } from './command.js';

const VERSION: string = packageJson.version;
const USER_AGENT = `czp/${VERSION}`;
const DEFAULT_SERVER = 'http://localhost:8080';
export const MISSING_TOKEN = 'Set CZP_TOKEN to your publishing token (or pass --token)';

const COMMANDS: readonly Command[] = [
  newCommand,
  devCommand,
  checkCommand,
  publishCommand,
  registerExternalCommand,
  versionsCommand,
  activateCommand,
  withdrawCommand,
  tokensCommand,
  auditCommand,
  reportsCommand,
  submissionsCommand,
  webhookCommand,
  packCommand,
];

const OPTIONS: Readonly<Record<OptionName, OptionSpec>> = {
  server: { type: 'string', valueName: '<url>', description: `the portal (env CZP_SERVER, default ${DEFAULT_SERVER})` },
  token: { type: 'string', valueName: '<token>', description: 'your publishing token (env CZP_TOKEN, preferred)' },
  json: { type: 'boolean', description: 'print the server’s JSON instead of text' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', description: 'print the version of czp' },
  'no-activate': { type: 'boolean', description: 'publish as a draft: keep the active version as it is' },
  service: {
    type: 'string',
    valueName: '<id>',
    description: 'the service id, instead of reading [dir]/czp.service.json',
  },
  yes: { type: 'boolean', short: 'y', description: 'confirm' },
  limit: { type: 'string', valueName: '<n>', description: 'how many entries to show' },
  out: { type: 'string', short: 'o', valueName: '<file>', description: 'where to write the .tar.gz' },
  build: { type: 'boolean', description: 'build the remote first (pnpm build in its folder)' },
  portal: {
    type: 'string',
    valueName: '<url>',
    description: 'preview the service inside this running portal, in this browser only',
  },
  port: { type: 'string', valueName: '<port>', description: 'the development server’s port' },
  issuer: { type: 'string', valueName: '<id>', description: 'the issuer’s id, e.g. mesto-kutna-hora' },
  'issuer-cs': { type: 'string', valueName: '<name>', description: 'the issuer’s name in Czech' },
  'issuer-en': { type: 'string', valueName: '<name>', description: 'the issuer’s name in English' },
  ico: { type: 'string', valueName: '<ico>', description: 'the issuer’s IČO (8 digits)' },
  'name-cs': { type: 'string', valueName: '<name>', description: 'the service’s name in Czech' },
  'name-en': { type: 'string', valueName: '<name>', description: 'the service’s name in English' },
  category: { type: 'string', valueName: '<category>', description: 'the catalogue category' },
  'support-email': { type: 'string', valueName: '<e-mail>', description: 'technical support e-mail' },
  'support-phone': { type: 'string', valueName: '<phone>', description: 'technical support phone' },
  platform: {
    type: 'string',
    valueName: '<source>',
    description: 'where the platform packages come from: registry (default outside this repo) or a path',
  },
  state: { type: 'string', valueName: '<state>', description: 'only submissions in this state, e.g. delivered' },
  note: { type: 'string', valueName: '<text>', description: 'the note the citizen reads with the change' },
};

const GLOBAL_OPTIONS: readonly OptionName[] = ['server', 'token', 'json', 'help', 'version'];

function optionLines(names: readonly OptionName[]): string[] {
  const labels = names.map((name) => {
    const spec = OPTIONS[name];
    const short = spec.short ? `-${spec.short}, ` : '';
    return `${short}--${name}${spec.valueName ? ` ${spec.valueName}` : ''}`;
  });
  const width = Math.max(...labels.map((label) => label.length));
  return names.map((name, index) => `  ${(labels[index] ?? '').padEnd(width)}  ${OPTIONS[name].description}`);
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `czp ${VERSION}: publish your municipality’s remote to the CzP portal`,
    '',
    'Usage: czp <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Environment:',
    `  CZP_SERVER  the portal's URL (default ${DEFAULT_SERVER})`,
    '  CZP_TOKEN   your publishing token (a development portal gives its development token without one)',
    '',
    'Exit codes: 0 done, 1 refused (the message says why), 2 usage error.',
    'Run `czp <command> --help` for a command’s details.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const [first, ...rest] = command.usage;
  return [
    `Usage: ${first}`,
    ...rest.map((line) => `       ${line}`),
    '',
    command.description,
    '',
    ...(command.options.length > 0 ? ['Options:', ...optionLines(command.options), ''] : []),
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    ...(command.examples?.length ? ['Examples:', ...command.examples.map((example) => `  ${example}`), ''] : []),
  ].join('\n');
}

interface ParsedCommandLine {
  command: Command | undefined;
  commandName: string | undefined;
  args: string[];
  options: ParsedOptions;
}

/** Splits the command line into the command, its positional arguments and options, refusing what czp does not know. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const parseOptions = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, spec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  ) as Record<string, { type: 'string' | 'boolean'; short?: string }>;
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: parseOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const [commandName, ...args] = positionals;
  const command = COMMANDS.find((candidate) => candidate.name === commandName);
  const known = new Set<string>([...GLOBAL_OPTIONS, ...(command?.options ?? [])]);

  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, OptionSpec | undefined>)[token.name];
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`, command?.name);
    if (!known.has(token.name)) {
      const where = command ? `czp ${command.name}` : 'czp without a command';
      throw new UsageError(`${token.rawName} does not apply to ${where}`, command?.name);
    }
    if (spec.type === 'string' && (token.value === undefined || token.value === '')) {
      throw new UsageError(
        `${token.rawName} needs a value: ${token.rawName} ${spec.valueName ?? '<value>'}`,
        command?.name,
      );
    }
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new UsageError(`${token.rawName} takes no value`, command?.name);
    }
  }
  return { command, commandName, args, options: values as ParsedOptions };
}

function print(io: CliIo, stream: 'stdout' | 'stderr', text: string) {
  io[stream].write(text.endsWith('\n') ? text : `${text}\n`);
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const { command, commandName, args, options } = parseCommandLine(argv);

  if (options.help) {
    print(io, 'stdout', command ? commandHelp(command) : mainHelp());
    return EXIT_OK;
  }
  if (options.version) {
    print(io, 'stdout', VERSION);
    return EXIT_OK;
  }
  if (commandName === undefined) {
    print(io, 'stderr', mainHelp());
    return EXIT_USAGE;
  }
  if (!command) {
    throw new UsageError(`unknown command "${commandName}": use one of ${COMMANDS.map((c) => c.name).join(', ')}`);
  }
  if (args.length > command.maxArgs) {
    throw new UsageError(
      `too many arguments for czp ${command.name}: ${args.slice(command.maxArgs).join(' ')}`,
      command.name,
    );
  }

  const server = normaliseServer(options.server ?? (io.env.CZP_SERVER || DEFAULT_SERVER));
  let token = (options.token ?? io.env.CZP_TOKEN ?? '').trim();
  if (command.needsToken && token === '') {
    // A development portal hands out the documented development token of the remote's issuer; any other refuses.
    const found = await requestDevelopmentToken({
      server,
      command: command.name,
      args,
      cwd: io.cwd,
      userAgent: USER_AGENT,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    if (!found) throw new UsageError(MISSING_TOKEN);
    token = found.token;
    print(io, 'stderr', usingDevelopmentToken(found, server));
  }

  let client: ApiClient | undefined;
  const context: CommandContext = {
    io,
    args,
    options,
    json: options.json === true,
    server,
    client: () => {
      if (!command.needsToken) throw new Error(`czp ${command.name} does not talk to the server`);
      client ??= new ApiClient({ server, token, userAgent: USER_AGENT, ...(io.fetch ? { fetch: io.fetch } : {}) });
      return client;
    },
    print: (line = '') => print(io, 'stdout', line),
    printJson: (value) => print(io, 'stdout', JSON.stringify(value, null, 2)),
  };
  await command.run(context);
  return EXIT_OK;
}

/** The refusal as `--json` prints it on stdout: the shape of the server's refusals (ApiRefusal) and the status. */
function refusalJson(error: unknown): { error: string; message: string; field: string | null; status: number | null } {
  if (error instanceof CliError) {
    return {
      error: error.code ?? (error instanceof UsageError ? 'usage' : 'refused'),
      message: error.message,
      field: error.field ?? null,
      status: error.status ?? null,
    };
  }
  return {
    error: 'unexpected',
    message: error instanceof Error ? error.message : String(error),
    field: null,
    status: null,
  };
}

/** --json among the options (before a `--`), even when the command line did not parse. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

function report(error: unknown, io: CliIo, json: boolean): number {
  // Already printed by the command (czp check's lines, or its JSON): only the exit code is left.
  if (error instanceof ReportedError) return error.exitCode;
  if (json) print(io, 'stdout', JSON.stringify(refusalJson(error), null, 2));
  if (error instanceof CliError) {
    print(io, 'stderr', `czp: ${error.message}`);
    if (error.field) print(io, 'stderr', `czp: (field: ${error.field})`);
    if (error instanceof UsageError && error.command) {
      print(io, 'stderr', `Run \`czp ${error.command} --help\` for usage.`);
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  print(io, 'stderr', `czp: unexpected error: ${message}`);
  return EXIT_REFUSED;
}

/** Runs czp with the arguments after `czp`; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io, wantsJson(argv));
  }
}
