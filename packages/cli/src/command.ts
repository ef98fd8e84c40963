import type { ApiClient } from './api-client.js';

/** Where a command writes (process.stdout / process.stderr, or a test's buffer). */
interface Writer {
  write(chunk: string): unknown;
}

/** Everything a run of czp touches outside itself: injectable so tests run commands in-process. */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  env: Readonly<Record<string, string | undefined>>;
  /** The directory `[dir]` is resolved against. */
  cwd: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Every option czp knows; each command accepts the global ones and its own. */
export interface ParsedOptions {
  server?: string;
  token?: string;
  json?: boolean;
  help?: boolean;
  version?: boolean;
  'no-activate'?: boolean;
  service?: string;
  yes?: boolean;
  limit?: string;
  out?: string;
  build?: boolean;
  portal?: string;
  port?: string;
  issuer?: string;
  'issuer-cs'?: string;
  'issuer-en'?: string;
  ico?: string;
  'name-cs'?: string;
  'name-en'?: string;
  category?: string;
  'support-email'?: string;
  'support-phone'?: string;
  platform?: string;
  state?: string;
  note?: string;
}

export type OptionName = keyof ParsedOptions;

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help, e.g. "<url>". */
  valueName?: string;
  description: string;
}

export interface CommandContext {
  io: CliIo;
  /** Positional arguments after the command's name. */
  args: readonly string[];
  options: ParsedOptions;
  /** --json: print the server's JSON instead of human-readable text. */
  json: boolean;
  /** The portal's base URL, normalised. */
  server: string;
  /** The API client; only commands that need a token get one. */
  client: () => ApiClient;
  /** Writes one line to stdout. */
  print: (line?: string) => void;
  /** Writes a value as indented JSON to stdout. */
  printJson: (value: unknown) => void;
}

export interface Command {
  name: string;
  /** One line for `czp --help`. */
  summary: string;
  /** Usage lines without "Usage: ", e.g. "czp publish [dir] [--no-activate]". */
  usage: readonly string[];
  /** Paragraphs for `czp <command> --help`. */
  description: string;
  /** The command's own options (the global ones are always accepted). */
  options: readonly OptionName[];
  /** At most this many positional arguments. */
  maxArgs: number;
  /** Whether the command talks to the server (and so needs CZP_TOKEN). */
  needsToken: boolean;
  /** Examples for `czp <command> --help`. */
  examples?: readonly string[];
  run(context: CommandContext): Promise<void>;
}
