import { parseArgs } from 'node:util';
import type {
  CreatedToken,
  OperatorIssuerRequest,
  OperatorIssuerResult,
  RevokedToken,
  TokenInfo,
  TokenList,
} from '@czp/contract';
import { tokenNameSchema } from '@czp/contract/api-schemas';
import { createIssuer, createIssuerToken, requireIssuer } from '../catalogue/publisher-api/issuers.js';
import { listTokens, revokeToken } from '../catalogue/publisher-api/tokens.js';
import { portalAuthorities } from '../data-box/authorities.js';
import { systemNotice } from '../data-box/automat.js';
import { DataFolderInUseError } from '../db/data-folder-lock.js';
import type { Database } from '../db/database.js';
import { migrate } from '../features.js';
import { Refusal } from '../http/refusal.js';
import { formatInventory, type Inventory, loadInventory } from '../operations/inventory.js';
import { ConfigurationError } from '../startup/configuration-error.js';
import { type FolderHolder, type OperatorApi, OperatorApiRefusal } from './running-server.js';

export interface AdminIo {
  /** Opens (but does not migrate) the portal's database. */
  openDatabase(): Promise<Database>;
  /** Says which database a command will change, before it is opened. */
  describeDatabase(): string;
  /**
   * The operator API of the server holding the embedded database (admin/running-server.ts), or a ConfigurationError
   * saying why there is none. Without it, a held folder is simply refused.
   */
  throughServer?(holder: FolderHolder, explicitUrl: string | undefined): Promise<OperatorApi>;
  out(line: string): void;
  err(line: string): void;
  now?: () => Date;
}

const ADMIN_USAGE = `czp-admin: the portal operator's commands for publishers

Usage:
  czp-admin issuer create --id <issuer-id> --name-cs <name> --name-en <name> --ico <8 digits> [--token-name <name>]
      Registers a municipality or ministry as an issuer and prints its first publishing token.
  czp-admin token create --issuer <issuer-id> --name <name>
      Prints a new publishing token of an issuer.
  czp-admin token list --issuer <issuer-id>
  czp-admin token revoke --issuer <issuer-id> --id <token-id>
  czp-admin notice send --box <data-box-id> --subject <subject> --text <text>
      Sends a notice from the portal operator's system box (e.g. "low credit") to a citizen's data box.
  czp-admin inventory [--json]
      Lists the services: issuer, active and other versions, failure reports in the last 24 hours and in all
      (the same as GET /api/operations/inventory with the operator token).

Example:
  node packages/server/dist/admin.js issuer create --id mesto-pribram --name-cs "Město Příbram" \\
    --name-en "The Town of Příbram" --ico 00243132

The database is the server's: PostgreSQL when DATABASE_URL is set, otherwise the embedded one in
DATA_DIR (default <repo>/.data). An embedded database serves one process: while a server runs on it,
czp-admin sends issuer, token and inventory commands to that server's operator API (the operator token
from CZP_OPERATOR_TOKEN or DATA_DIR/operator-token; --server <url> when it is not on localhost:$PORT),
and refuses when it cannot reach it; it never opens a folder another process holds.
A token is printed once and stored only as a hash: keep it, or create another one.`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  id: { type: 'string' },
  'name-cs': { type: 'string' },
  'name-en': { type: 'string' },
  ico: { type: 'string' },
  'token-name': { type: 'string' },
  issuer: { type: 'string' },
  name: { type: 'string' },
  box: { type: 'string' },
  subject: { type: 'string' },
  text: { type: 'string' },
  json: { type: 'boolean' },
  server: { type: 'string' },
} as const;

const parse = (argv: readonly string[]) =>
  parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });

class UsageError extends Error {}

function required(values: Record<string, unknown>, ...names: string[]): string[] {
  const missing = names.filter((name) => typeof values[name] !== 'string' || values[name] === '');
  if (missing.length) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(', ')}`);
  return names.map((name) => String(values[name]));
}

function tokenName(value: string): string {
  const parsed = tokenNameSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid --name');
  return parsed.data;
}

function printToken(io: AdminIo, issuerId: string, token: Omit<CreatedToken, 'message'>): void {
  io.out(`Publishing token "${token.name}" of ${issuerId} (id ${token.id}):`);
  io.out('');
  io.out(`  ${token.token}`);
  io.out('');
  io.out('It is shown only now and stored only as a hash. Hand it to the publisher over a safe channel;');
  io.out('they send it as "Authorization: Bearer <token>".');
}

const isTokenId = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

function printIssuer(
  io: AdminIo,
  result: { issuer: OperatorIssuerResult['issuer']; created: boolean; token: Omit<CreatedToken, 'message'> },
) {
  const { id, name, ico } = result.issuer;
  io.out(
    result.created
      ? `Registered the issuer ${id} (${name.cs}, IČO ${ico}).`
      : `The issuer ${id} was registered already (IČO ${ico}); its name is updated and it has a new token.`,
  );
  printToken(io, id, result.token);
}

function printTokens(io: AdminIo, issuerId: string, tokens: readonly TokenInfo[]) {
  if (tokens.length === 0) io.out(`${issuerId} has no tokens.`);
  for (const token of tokens) {
    const state = token.revokedAt ? `revoked ${token.revokedAt}` : `last used ${token.lastUsedAt ?? 'never'}`;
    io.out(`${token.id}  ${token.name}  created ${token.createdAt}  ${state}`);
  }
}

/**
 * The command sent to the running server's operator API, printed as if done here. The server writes the database; a
 * token it created is printed from its answer, so it is never made without being shown.
 */
async function runThroughServer(
  api: OperatorApi,
  command: string,
  args: string[],
  options: { name: string | undefined; initialName: string; json: boolean },
  io: AdminIo,
): Promise<number> {
  const issuerPath = (issuerId: string) => `/api/operations/issuers/${encodeURIComponent(issuerId)}/tokens`;
  if (command === 'inventory') {
    const inventory = await api.get<Inventory>('/api/operations/inventory');
    if (options.json) io.out(JSON.stringify(inventory, null, 2));
    else for (const line of formatInventory(inventory)) io.out(line);
  } else if (command === 'notice send') {
    throw new ConfigurationError(
      'notice send is not offered through the server: stop the server and run it again (or use PostgreSQL). ' +
        'Nothing was sent.',
    );
  } else if (command === 'issuer create') {
    const [id, cs, en, ico] = args as [string, string, string, string];
    printIssuer(
      io,
      await api.post<OperatorIssuerResult>('/api/operations/issuers', {
        issuer: { id, name: { cs, en }, ico },
        tokenName: options.initialName,
      } satisfies OperatorIssuerRequest),
    );
  } else if (command === 'token create') {
    const issuerId = args[0] as string;
    printToken(io, issuerId, await api.post<CreatedToken>(issuerPath(issuerId), { name: options.name }));
  } else if (command === 'token list') {
    const issuerId = args[0] as string;
    printTokens(io, issuerId, (await api.get<TokenList>(issuerPath(issuerId))).tokens);
  } else {
    const [issuerId, tokenId] = args as [string, string];
    if (!isTokenId(tokenId)) throw new UsageError(`${issuerId} has no token ${tokenId}; see czp-admin token list`);
    const revoked = await api.delete<RevokedToken>(`${issuerPath(issuerId)}/${encodeURIComponent(tokenId)}`);
    io.out(`Revoked the token "${revoked.name}" (${revoked.id}) of ${issuerId}.`);
  }
  return 0;
}

/** Runs one operator command; resolves to the process exit code. */
export async function runAdmin(argv: readonly string[], io: AdminIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`czp-admin: ${(error as Error).message}\n\n${ADMIN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals.join(' ');
  if (values.help || command === '' || command === 'help') {
    io.out(ADMIN_USAGE);
    return 0;
  }
  const known = ['issuer create', 'token create', 'token list', 'token revoke', 'notice send', 'inventory'];
  if (!known.includes(command)) {
    io.err(`czp-admin: unknown command "${command}"\n\n${ADMIN_USAGE}`);
    return 2;
  }

  let db: Database | undefined;
  try {
    // Check the arguments before touching the database.
    const args =
      command === 'inventory'
        ? []
        : command === 'notice send'
          ? required(values, 'box', 'subject', 'text')
          : command === 'issuer create'
            ? required(values, 'id', 'name-cs', 'name-en', 'ico')
            : command === 'token revoke'
              ? required(values, 'issuer', 'id')
              : command === 'token create'
                ? required(values, 'issuer', 'name')
                : required(values, 'issuer');
    const name = command === 'token create' ? tokenName(args[1] as string) : undefined;
    if (values.server !== undefined && !/^https?:\/\/[^/\s]+/.test(values.server)) {
      throw new UsageError(
        `--server must be the server's http(s) address, e.g. http://localhost:8080 (not "${values.server}")`,
      );
    }
    const initialName = tokenName(values['token-name'] ?? 'initial');

    io.err(io.describeDatabase());
    try {
      db = await io.openDatabase();
    } catch (error) {
      // Another process (a running server) holds the embedded database: only it may write it.
      if (!(error instanceof DataFolderInUseError) || !io.throughServer) throw error;
      const api = await io.throughServer({ folder: error.folder, pid: error.pid }, values.server);
      io.err(
        `A CzP server (pid ${error.pid}) holds the embedded database: the command goes through its API at ${api.url}.`,
      );
      return await runThroughServer(api, command, args, { name, initialName, json: values.json === true }, io);
    }
    await migrate(db);

    if (command === 'inventory') {
      const inventory = await loadInventory(db, (io.now ?? (() => new Date()))());
      if (values.json) io.out(JSON.stringify(inventory, null, 2));
      else for (const line of formatInventory(inventory)) io.out(line);
      return 0;
    }
    if (command === 'notice send') {
      const [box, subject, text] = args as [string, string, string];
      if (subject.length > 255) throw new UsageError('--subject must be at most 255 characters');
      if (text.length > 20_000) throw new UsageError('--text must be at most 20,000 characters');
      const [exists] = await db.query('select 1 from data_boxes where id = $1', [box]);
      if (!exists) {
        io.err(`czp-admin: there is no data box "${box}" (a citizen sees their box's id in it)`);
        return 1;
      }
      const id = await systemNotice(db, box, subject, text, { authorities: portalAuthorities });
      io.out(`Sent the notice "${subject}" to the data box ${box} (message ${id}).`);
      return 0;
    }
    if (command === 'issuer create') {
      const [id, cs, en, ico] = args as [string, string, string, string];
      printIssuer(io, await createIssuer(db, { id, name: { cs, en }, ico }, initialName));
    } else if (command === 'token create') {
      const issuerId = args[0] as string;
      printToken(io, issuerId, await createIssuerToken(db, issuerId, name as string));
    } else if (command === 'token list') {
      const issuerId = args[0] as string;
      await requireIssuer(db, issuerId);
      printTokens(io, issuerId, await listTokens(db, issuerId));
    } else {
      const [issuerId, tokenId] = args as [string, string];
      await requireIssuer(db, issuerId);
      const revoked = isTokenId(tokenId)
        ? await revokeToken(db, issuerId, tokenId, (io.now ?? (() => new Date()))())
        : null;
      if (!revoked) throw new UsageError(`${issuerId} has no token ${tokenId}; see czp-admin token list`);
      io.out(`Revoked the token "${revoked.name}" (${revoked.id}) of ${issuerId}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`czp-admin: ${error.message}\n\nRun czp-admin --help for the usage.`);
      return 2;
    }
    // A refused request, or a database it may not open (the embedded folder is locked by a running server).
    if (error instanceof Refusal || error instanceof ConfigurationError || error instanceof OperatorApiRefusal) {
      io.err(`czp-admin: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db?.close();
  }
}
