import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiRefusal, DevelopmentTokenRequest, DevelopmentTokenResult, Issuer } from '@czp/contract';
import { issuerSchema } from '@czp/contract/schemas';
import { CliError } from './errors.js';

/** The development portal's route (packages/server/src/catalogue/publisher-api/development-tokens.ts). */
const DEVELOPMENT_TOKENS_PATH = '/api/publisher/development-tokens';

/** Which positional argument is the remote's folder, per command; the others read the current folder. */
const FOLDER_ARGUMENT: Readonly<Record<string, number>> = {
  publish: 0,
  versions: 0,
  reports: 0,
  withdraw: 0,
  activate: 1,
  'register-external': 1,
};

interface DevelopmentTokenRequestOptions {
  /** The portal, normalised (no trailing slash). */
  server: string;
  command: string;
  args: readonly string[];
  cwd: string;
  userAgent: string;
  fetch?: typeof fetch;
}

interface FoundDevelopmentToken {
  issuerId: string;
  token: string;
}

/** The folder a command works on: its [dir] argument, else the current folder. */
export function remoteFolderOf(command: string, args: readonly string[], cwd: string): string {
  const index = FOLDER_ARGUMENT[command];
  const dir = index === undefined ? undefined : args[index];
  return path.resolve(cwd, dir ?? '.');
}

/** The issuer of `<dir>/czp.service.json`, or null when there is none that is valid (the command then says why). */
async function issuerIn(dir: string): Promise<Issuer | null> {
  const text = await readFile(path.join(dir, 'czp.service.json'), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = issuerSchema.safeParse((JSON.parse(text) as { issuer?: unknown } | null)?.issuer);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The one line czp prints when it uses a development token it asked for. */
export function usingDevelopmentToken(found: FoundDevelopmentToken, server: string): string {
  return `Using the development token of ${found.issuerId} from the development portal at ${server}`;
}

/**
 * Without CZP_TOKEN: asks the portal for the development token of the issuer in the remote's czp.service.json.
 * Only a development portal has the route; any other answer (a production portal has no such route and answers a
 * POST to it like any unknown path) is null, and czp refuses with the missing-token message as before. A portal that
 * refuses the issuer itself (another IČO under its id, an issuer that is not valid) says why.
 */
export async function requestDevelopmentToken(
  options: DevelopmentTokenRequestOptions,
): Promise<FoundDevelopmentToken | null> {
  const issuer = await issuerIn(remoteFolderOf(options.command, options.args, options.cwd));
  if (issuer === null) return null;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(`${options.server}${DEVELOPMENT_TOKENS_PATH}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': options.userAgent },
      body: JSON.stringify({ issuer } satisfies DevelopmentTokenRequest),
    });
  } catch {
    // Without a token the command cannot start anyway: the real problem is the portal that does not answer.
    throw new CliError(
      `cannot reach ${options.server} to ask it for a development token. Is the portal running (pnpm start)? ` +
        'To use another portal, set CZP_SERVER=<url> or pass --server <url>; with a token of yours, set CZP_TOKEN',
      1,
      { code: 'unreachable' },
    );
  }
  const body = (await response.json().catch(() => null)) as Partial<DevelopmentTokenResult & ApiRefusal> | null;
  if (response.ok) {
    const token = body?.token;
    return typeof token === 'string' && token !== '' ? { issuerId: body?.issuerId ?? issuer.id, token } : null;
  }
  if ((response.status === 400 || response.status === 409) && typeof body?.message === 'string') {
    throw new CliError(`${options.server} refused the issuer of czp.service.json: ${body.message}`, 1, {
      status: response.status,
      ...(typeof body.error === 'string' ? { code: body.error } : {}),
      ...(typeof body.field === 'string' ? { field: body.field } : {}),
    });
  }
  return null;
}
