import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInteractionHandler } from './interactions.js';
import { ICON_PATH, STYLESHEET_PATH } from './pages.js';
import { createProvider, type DevIdpClient } from './provider.js';
import { ICON_SVG, STYLESHEET } from './styles.js';

export interface DevIdentityProviderOptions {
  /** Public URL of the provider, e.g. http://localhost:8090 (no trailing slash). */
  issuer: string;
  /** Port and host to listen on. port 0 = any free port (then the returned issuer uses the real port; tests use this). */
  port: number;
  /** Default 'localhost'. */
  host?: string;
  clients: DevIdpClient[];
  /** Receives the SMS codes "sent" (dev only) and notable events. Default: console. */
  log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Clock of the SMS codes, locks and rate limits (tests move it instead of sleeping). Default Date.now. */
  now?: () => number;
}

export interface DevIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * Starts the development identity provider. The server listens before oidc-provider exists because the provider
 * needs its final issuer at construction, and with port 0 that is only known once the port is bound.
 */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  const configured = parseIssuer(options.issuer);
  if (options.clients.length === 0) throw new Error('dev-idp: at least one client is needed');
  const log = options.log ?? defaultLog;

  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'Retry-After': '1' }).end();
  };
  const server = createServer((req, res) => handler(req, res));
  await listen(server, options.port, options.host ?? 'localhost');

  if (options.port === 0) configured.port = String((server.address() as AddressInfo).port);
  const issuer = configured.origin;
  const formActionOrigins = relyingPartyOrigins(options.clients);
  const provider = createProvider({ issuer, clients: options.clients, formActionOrigins, log });
  const interactions = createInteractionHandler({ provider, formActionOrigins, log, now: options.now ?? Date.now });
  const providerCallback = provider.callback();

  handler = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (url.pathname === '/interaction' || url.pathname.startsWith('/interaction/')) {
      void interactions(req, res, url);
    } else if (url.pathname === STYLESHEET_PATH) {
      sendStatic(req, res, 'text/css; charset=utf-8', STYLESHEET);
    } else if (url.pathname === ICON_PATH) {
      sendStatic(req, res, 'image/svg+xml', ICON_SVG);
    } else {
      void providerCallback(req, res);
    }
  };
  log(`dev-idp: development identity provider listening at ${issuer} — never use it in production`);

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

function parseIssuer(issuer: string): URL {
  const url = new URL(issuer);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`dev-idp: issuer must be an http(s) origin without a path, got ${issuer}`);
  }
  return url;
}

/** Origins of all redirect targets; form-action must allow them (see pageSecurityHeaders). */
function relyingPartyOrigins(clients: readonly DevIdpClient[]): string[] {
  const uris = clients.flatMap((client) => [...client.redirectUris, ...client.postLogoutRedirectUris]);
  return [...new Set(uris.map((uri) => new URL(uri).origin))];
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function sendStatic(req: IncomingMessage, res: ServerResponse, type: string, body: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'public, max-age=3600',
  });
  res.end(body);
}

function defaultLog(message: string, fields?: Record<string, unknown>): void {
  if (fields) console.info(message, fields);
  else console.info(message);
}
