import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiRefusal, OperatorInstance } from '@czp/contract';
import { OPERATOR_TOKEN_ENV } from '../operations/operator.js';
import { ConfigurationError } from '../startup/configuration-error.js';

/**
 * While a server holds the embedded database, czp-admin sends its commands to that server's operator API
 * (/api/operations/, catalogue/publisher-api/operator-routes.ts) instead of opening the folder: one process writes it.
 */

/** Where a running server says where it listens (`{ "pid": …, "url": … }`), next to the database's lock. */
export const SERVER_ADDRESS_FILE = 'czp.server.json';
/** The file a development server keeps its operator token in (operations/operator.ts). */
const OPERATOR_TOKEN_FILE = 'operator-token';

/** The process that holds the data folder (from its lock). */
export interface FolderHolder {
  folder: string;
  pid: number;
}

/** start.ts, once listening: lets czp-admin find this server. Written whole (a rename), readable by the owner only. */
export async function writeServerAddress(dataDir: string, url: string, pid = process.pid): Promise<void> {
  const file = join(dataDir, SERVER_ADDRESS_FILE);
  await writeFile(`${file}.${pid}`, `${JSON.stringify({ pid, url })}\n`, { mode: 0o600 });
  await rename(`${file}.${pid}`, file);
}

/** The address the server in the folder wrote, when it is the holder's (a file left by an earlier server is not). */
async function writtenAddress(dataDir: string, pid: number): Promise<string | null> {
  try {
    const { pid: writer, url } = JSON.parse(await readFile(join(dataDir, SERVER_ADDRESS_FILE), 'utf8')) as {
      pid?: unknown;
      url?: unknown;
    };
    return writer === pid && typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where to look for the server, most specific first: --server, the address the server wrote, CZP_PUBLIC_URL, then
 * http://localhost:$PORT (8080). Each is checked: only the process that holds the folder is used.
 */
export async function serverCandidates(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
  holder: FolderHolder,
  explicit?: string,
): Promise<string[]> {
  const urls = [
    explicit,
    await writtenAddress(dataDir, holder.pid),
    env.CZP_PUBLIC_URL,
    `http://localhost:${env.PORT || 8080}`,
  ];
  const seen = new Set<string>();
  for (const url of urls) if (url) seen.add(url.replace(/\/+$/, ''));
  return [...seen];
}

/** The operator token as the server has it: CZP_OPERATOR_TOKEN, else the development server's file. Never made here. */
export async function readOperatorToken(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): Promise<{ token: string; source: string } | null> {
  if (env[OPERATOR_TOKEN_ENV]) return { token: env[OPERATOR_TOKEN_ENV] as string, source: OPERATOR_TOKEN_ENV };
  const file = join(dataDir, OPERATOR_TOKEN_FILE);
  const token = (await readFile(file, 'utf8').catch(() => '')).trim();
  return token ? { token, source: file } : null;
}

/** A refusal of the operator API, with the server's message (printed as czp-admin's own refusals are). */
export class OperatorApiRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The running server's operator API. Every request carries the operator token; changes also the CSRF token. */
export class OperatorApi {
  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly fetcher: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${this.token}`,
      'user-agent': 'czp-admin',
      ...(method === 'GET' ? {} : await this.csrf()),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
    const response = await this.fetcher(`${this.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const refusal = parsed as Partial<ApiRefusal> | undefined;
      throw new OperatorApiRefusal(
        response.status,
        typeof refusal?.message === 'string'
          ? refusal.message
          : `the server at ${this.url} answered ${method} ${path} with ${response.status}`,
      );
    }
    return parsed as T;
  }

  /**
   * The portal asks every change for its CSRF token, also a bearer-only one outside /api/publisher/: taken the way a
   * page takes it (it binds nothing here, the operator token is what authorises).
   */
  private async csrf(): Promise<Record<string, string>> {
    const response = await this.fetcher(`${this.url}/api/csrf-token`, { signal: AbortSignal.timeout(15_000) });
    const { token } = (await response.json()) as { token?: string };
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    return token ? { 'x-csrf-token': token, cookie } : {};
  }
}

/** Why one address did not do, for the refusal. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The operator API of the process holding the folder, or a ConfigurationError saying what was tried and what to do:
 * a command is never done on the folder itself while another process has it.
 */
export async function connectToHolder(
  holder: FolderHolder,
  candidates: readonly string[],
  operatorToken: { token: string; source: string } | null,
  fetcher?: typeof fetch,
): Promise<OperatorApi> {
  const inUse = `The database folder ${holder.folder} is in use by the server (pid ${holder.pid})`;
  const stop = 'stop the server and run czp-admin again, or give the address the server listens on with --server <url>';
  if (!operatorToken) {
    throw new ConfigurationError(
      `${inUse}, and czp-admin has no operator token to send the command to it: set ${OPERATOR_TOKEN_ENV} to the ` +
        "server's, or stop the server and run czp-admin again. Nothing was changed.",
    );
  }
  const tried: string[] = [];
  for (const url of candidates) {
    const api = new OperatorApi(url, operatorToken.token, fetcher);
    let instance: OperatorInstance;
    try {
      instance = await api.get<OperatorInstance>('/api/operations/instance');
    } catch (error) {
      if (error instanceof OperatorApiRefusal) {
        if (error.status === 401) {
          throw new ConfigurationError(
            `${inUse}; its API at ${url} did not accept the operator token from ${operatorToken.source}: set ` +
              `${OPERATOR_TOKEN_ENV} to the server's token. Nothing was changed.`,
          );
        }
        tried.push(
          error.status === 404
            ? `${url} has no operator API for publishers (a server built before it: rebuild and restart it)`
            : `${url} answered ${error.status}: ${error.message}`,
        );
      } else {
        tried.push(`${url} did not answer (${networkCause(error)})`);
      }
      continue;
    }
    if (instance?.pid === holder.pid) return api;
    tried.push(`${url} is another server (pid ${instance?.pid ?? '?'}, not ${holder.pid})`);
  }
  throw new ConfigurationError(
    `${inUse} and its API did not answer: ${tried.join('; ')}. To go on, ${stop}. Nothing was changed.`,
  );
}
