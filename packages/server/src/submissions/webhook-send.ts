import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { allowedAddresses, type Resolver, type WebhookUrlPolicy } from './webhook-url.js';

/** One POST of a webhook. */
interface WebhookRequestSpec {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** What came back: the status of any answer (a 3xx is an answer: redirects are never followed), or why none came. */
export interface WebhookOutcome {
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** The transport: replaced in tests that need a process to stop mid-send. */
export type WebhookTransport = (request: WebhookRequestSpec) => Promise<WebhookOutcome>;

/** The whole attempt, connection to last byte, ends after this. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** The answer's body is read (so the connection closes cleanly) but never kept beyond this. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Node's http(s).request rather than fetch: its `lookup` lets the connection go only to an address the policy
 * allowed at this very moment (no second resolution between check and connect), and it never follows redirects.
 */
export function httpTransport(
  policy: WebhookUrlPolicy,
  resolve: Resolver,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): WebhookTransport {
  return async (spec) => {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const url = new URL(spec.url);
    let addresses: string[];
    try {
      addresses = await allowedAddresses(url, policy, resolve);
    } catch (error) {
      return { status: null, error: error instanceof Error ? error.message : String(error), durationMs: elapsed() };
    }
    const lookup: LookupFunction = (_host, options, callback) => {
      const address = addresses[0] ?? '';
      const family = address.includes(':') ? 6 : 4;
      if ((options as { all?: boolean }).all) {
        (callback as (error: null, list: { address: string; family: number }[]) => void)(
          null,
          addresses.map((each) => ({ address: each, family: each.includes(':') ? 6 : 4 })),
        );
      } else callback(null, address, family);
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<WebhookOutcome>((resolvePromise) => {
      let settled = false;
      const finish = (outcome: Omit<WebhookOutcome, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolvePromise({ ...outcome, durationMs: elapsed() });
      };
      const request = client.request(
        url,
        {
          method: 'POST',
          headers: { ...spec.headers, 'Content-Length': String(Buffer.byteLength(spec.body)) },
          lookup,
          // The certificate is checked against the URL's name, whatever address the lookup gave.
          servername: isIP(url.hostname.replace(/^\[|\]$/g, '')) === 0 ? url.hostname : undefined,
          agent: false,
        },
        (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes > MAX_ANSWER_BYTES) response.destroy();
          });
          const done = () => finish({ status: response.statusCode ?? null, error: null });
          response.on('end', done);
          response.on('close', done);
          response.on('error', done);
        },
      );
      const timer = setTimeout(() => {
        request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      request.on('error', (error: NodeJS.ErrnoException) =>
        finish({ status: null, error: (error.code ? `${error.code}: ` : '') + error.message }),
      );
      request.end(spec.body);
    });
  };
}
