import type { ApiRefusal } from '@czp/contract';
import { CliError, UsageError } from './errors.js';

export interface ApiClientOptions {
  /** The portal's base URL, e.g. http://localhost:8080 (a path prefix is kept). */
  server: string;
  /** The publishing token, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** e.g. "czp/0.1.0". */
  userAgent: string;
  fetch?: typeof fetch;
}

export type RequestBody = { json: unknown } | { form: FormData };

/** Checks and normalises a --server / CZP_SERVER value: an http(s) URL, no trailing slash. */
export function normaliseServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new UsageError(`the server "${server}" is not a URL: give one like http://localhost:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`the server "${server}" is not an http(s) URL: give one like https://portal.example.cz`);
  }
  return url.href.replace(/\/+$/, '');
}

/** A network failure's cause as Node's fetch reports it, e.g. "connect ECONNREFUSED 127.0.0.1:8080". */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return cause.message || code || error.message;
  }
  if (typeof cause === 'string' && cause !== '') return cause;
  return error.message;
}

/** Where a portal on this machine keeps its development tokens (packages/server/src/development/publishers.ts). */
const DEV_TOKENS = '.data/dev-tokens';

function isLocal(server: string): boolean {
  const host = new URL(server).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

/**
 * What to do about a token the portal does not know. A portal in development (on this machine) makes one token per
 * issuer, `czp_dev_<issuer-id>`, prints it on the first start and writes it to
 * `<data folder>/dev-tokens/<issuer-id>.token`; another portal's tokens come from its operator.
 */
export function invalidTokenHint(server: string, issuerId?: string): string {
  const issuer = issuerId ?? '<issuer-id>';
  if (isLocal(server)) {
    return (
      `In development the portal prints each issuer's token on its first start and writes it to ` +
      `${DEV_TOKENS}/${issuer}.token in the portal's folder (DATA_DIR/dev-tokens/ if DATA_DIR is set); ` +
      `the token is czp_dev_${issuer}: CZP_TOKEN=$(cat ${DEV_TOKENS}/${issuer}.token) czp publish. ` +
      `An issuer that is new gets its token when the portal starts with its czp.service.json in remotes/`
    );
  }
  return `Set CZP_TOKEN to a token of ${issuerId ?? 'your issuer'} from ${server}: its operator gives you the first one, czp tokens create makes more`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The publishing API under {server}/api/publisher/: every refusal becomes a CliError with the server's message. */
export class ApiClient {
  readonly server: string;
  readonly #token: string;
  readonly #userAgent: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.server = normaliseServer(options.server);
    this.#token = options.token;
    this.#userAgent = options.userAgent;
    // Looked up per request, so a fetch patched later (e.g. by msw in tests) is the one used.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: RequestBody): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: RequestBody): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${this.#token}`,
      'User-Agent': this.#userAgent,
    };
    let payload: string | FormData | undefined;
    if (body && 'json' in body) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body) {
      payload = body.form; // fetch sets the multipart Content-Type with its boundary
    }

    let response: Response;
    try {
      response = await this.#fetch(`${this.server}${path}`, { method, headers, body: payload });
    } catch (error) {
      throw new CliError(
        `cannot reach ${this.server}: ${describeNetworkError(error)}. Is the portal running (pnpm start)? ` +
          'To publish to another portal, set CZP_SERVER=<url> or pass --server <url>',
        1,
        { code: 'unreachable' },
      );
    }

    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (response.ok) {
      if (parsed === undefined && text !== '') {
        throw new CliError(
          `${this.server} answered ${method} ${path} with something that is not JSON: is it a CzP portal?`,
        );
      }
      return (parsed ?? {}) as T;
    }
    throw this.#refusal(response, parsed, text);
  }

  #refusal(response: Response, parsed: unknown, text: string): CliError {
    // Anything may answer a refusal (a proxy, another server): each field of the portal's refusal is checked.
    const body: Partial<Record<keyof ApiRefusal, unknown>> = isRecord(parsed) ? parsed : {};
    const details = {
      status: response.status,
      ...(typeof body.error === 'string' ? { code: body.error } : {}),
      ...(typeof body.field === 'string' ? { field: body.field } : {}),
    };
    if (response.status === 401 && body.error === 'token-invalid') {
      const said =
        typeof body.message === 'string' && body.message !== '' ? body.message : 'This publishing token is not valid';
      return new CliError(`${said.replace(/[.\s]+$/, '')}. ${invalidTokenHint(this.server)}`, 1, details);
    }
    if (typeof body.message === 'string' && body.message !== '') return new CliError(body.message, 1, details);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint =
      response.status === 401
        ? ': the token was not accepted (check CZP_TOKEN)'
        : response.status === 404
          ? ': is this a CzP portal with the publishing API?'
          : '';
    const plain = parsed === undefined ? text.slice(0, 200).trim() : '';
    const snippet =
      typeof body.error === 'string' ? ` (${body.error})` : plain && plain !== response.statusText ? ` (${plain})` : '';
    return new CliError(`the server answered ${status}${snippet}${hint}`, 1, details);
  }
}
