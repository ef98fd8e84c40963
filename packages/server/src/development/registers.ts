import { startDevRegisters } from '@czp/dev-registers';
import { httpGateway } from '@czp/service-bus';
import type { RegistersGateway } from '../registers/gateway.js';
import { ConfigurationError } from '../startup/configuration-error.js';

export const REGISTERS_URL_ENV = 'CZP_REGISTERS_URL';
const DEV_REGISTERS_PORT_ENV = 'CZP_DEV_REGISTERS_PORT';
const DEFAULT_DEV_REGISTERS_PORT = 8091;

export interface RunningRegisters {
  /** What the bus reads through; none in production without CZP_REGISTERS_URL (every read answers 503). */
  gateway: RegistersGateway | undefined;
  /** The gateway's base URL, when there is one. */
  url: string | null;
  /** The bundled development register server runs in this process. */
  development: boolean;
  close(): Promise<void>;
}

interface StartedServer {
  url: string;
  close(): Promise<void>;
}

export interface RegistersOptions {
  env: Record<string, string | undefined>;
  host?: string;
  production: boolean;
  /** Where the development register server's notable events go (start, a register made slow or failing). */
  log?: { info(message: string): void };
  /** Starts the development register server (tests replace it). */
  startDevelopment?: (options: {
    port: number;
    host: string;
    log?: (message: string) => void;
  }) => Promise<StartedServer>;
}

/**
 * The registers behind the service bus: the state's gateway at CZP_REGISTERS_URL, or (outside production, with none
 * configured) the bundled development register server started on its own port, CZP_DEV_REGISTERS_PORT (default
 * 8091). In production without a URL the portal runs without registers; start.ts warns.
 */
export async function startRegisters(options: RegistersOptions): Promise<RunningRegisters> {
  const configured = options.env[REGISTERS_URL_ENV]?.trim();
  if (configured) {
    const url = gatewayUrl(configured);
    return { gateway: httpGateway(url), url, development: false, close: async () => {} };
  }
  if (options.production) return { gateway: undefined, url: null, development: false, close: async () => {} };

  const port = devPort(options.env[DEV_REGISTERS_PORT_ENV]);
  const host = options.host && options.host !== 'localhost' ? options.host : 'localhost';
  const start = options.startDevelopment ?? startDevRegisters;
  const log = options.log;
  const dev = await start({
    port,
    host,
    ...(log ? { log: (message: string) => log.info(`[development register server] ${message}`) } : {}),
  }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw new ConfigurationError(
        `Port ${port} for the development register server is in use. Stop what uses it or set ${DEV_REGISTERS_PORT_ENV}.`,
      );
    }
    throw error;
  });
  return { gateway: httpGateway(dev.url), url: dev.url, development: true, close: () => dev.close() };
}

function gatewayUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `${REGISTERS_URL_ENV} must be the register gateway's http(s) address, e.g. https://registers.example.cz`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${REGISTERS_URL_ENV} must be an http(s) address; it is ${url.protocol}`);
  }
  return url.href.replace(/\/+$/, '');
}

function devPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_DEV_REGISTERS_PORT;
  const port = Number(value);
  // 0: any free port (the printed URL has the real one).
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`${DEV_REGISTERS_PORT_ENV} must be a port number (0–65535); it is "${value}"`);
  }
  return port;
}
