import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { type CaughtMessages, Inbox } from './inbox.js';
import { createSmtpCatcher } from './smtp.js';
import { createWebHandler } from './web.js';

export interface DevMailOptions {
  /** The SMTP catcher's port (the portal's CZP_SMTP_URL points here). 0: any free port (tests). */
  smtpPort: number;
  /** The web inbox's and the SMS sink's port. 0: any free port. */
  webPort: number;
  /** Default 'localhost': the catcher takes mail from anyone who can reach it, so keep it on this machine. */
  host?: string;
  /** One line per caught message and at start. Default: silent. */
  log?: (message: string) => void;
  /** The clock of the received times (tests). */
  now?: () => Date;
  /**
   * When a port is taken by another process's catcher (a second server replica on the same machine), use that one
   * instead of failing: the handle then has `shared: true` and close() leaves it running. Default false.
   */
  joinRunning?: boolean;
}

export interface DevMail {
  /** e.g. smtp://localhost:2525, for CZP_SMTP_URL. */
  smtpUrl: string;
  /** e.g. http://localhost:8025: the inbox page; GET/DELETE /api/messages. */
  webUrl: string;
  /** e.g. http://localhost:8025/sms, for CZP_SMS_URL. */
  smsUrl: string;
  /** Another process's catcher (joinRunning): its messages are shown there, and close() does nothing. */
  shared: boolean;
  close(): Promise<void>;
}

/** Starts the development mail catcher: SMTP on one port, the inbox page and the SMS sink on another. */
export async function startDevMail(options: DevMailOptions): Promise<DevMail> {
  const host = options.host ?? 'localhost';
  const log = options.log ?? (() => {});
  const inbox = new Inbox(options.now);
  const smtp = createSmtpCatcher(inbox, log);
  const handle = createWebHandler(inbox, log);
  const web = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  // URLs name the host a client can reach: a wildcard address is reached as localhost.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  try {
    await listenSmtp(smtp, options.smtpPort, host);
    try {
      await listen(web, options.webPort, host);
    } catch (error) {
      await closeSmtp(smtp);
      throw error;
    }
  } catch (error) {
    if (!options.joinRunning || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const running = await findRunning(shown, options.smtpPort, options.webPort);
    if (!running) throw error;
    log(`dev-mail: using the catcher already running at ${running.webUrl}`);
    return running;
  }
  const smtpUrl = `smtp://${shown}:${(smtp.server.address() as AddressInfo).port}`;
  const webUrl = `http://${shown}:${(web.address() as AddressInfo).port}`;
  log(`dev-mail: catching e-mail at ${smtpUrl} and SMS at ${webUrl}/sms; inbox at ${webUrl}`);

  return {
    smtpUrl,
    webUrl,
    smsUrl: `${webUrl}/sms`,
    shared: false,
    async close() {
      await Promise.all([
        closeSmtp(smtp),
        new Promise<void>((resolve, reject) => {
          web.close((error) => (error ? reject(error) : resolve()));
          // Keep-alive connections (fetch keeps them) would hold close() open until they time out.
          web.closeAllConnections();
        }),
      ]);
    },
  };
}

/** Another process's catcher on these ports, if GET /api/messages answers as this package does. */
async function findRunning(host: string, smtpPort: number, webPort: number): Promise<DevMail | null> {
  if (smtpPort === 0 || webPort === 0) return null;
  const webUrl = `http://${host}:${webPort}`;
  try {
    const response = await fetch(`${webUrl}/api/messages`, { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as Partial<CaughtMessages>;
    if (!Array.isArray(body.emails) || !Array.isArray(body.sms)) return null;
  } catch {
    return null;
  }
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl,
    smsUrl: `${webUrl}/sms`,
    shared: true,
    close: async () => {},
  };
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

/** SMTPServer re-emits its socket's errors as its own: they are reported there. */
function listenSmtp(smtp: SMTPServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(port, host, () => {
      smtp.off('error', reject);
      resolve();
    });
  });
}

function closeSmtp(smtp: SMTPServer): Promise<void> {
  return new Promise((resolve) => smtp.close(() => resolve()));
}
