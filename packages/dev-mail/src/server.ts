import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import { Inbox } from './inbox.js';
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
}

export interface DevMail {
  /** e.g. smtp://localhost:2525, for CZP_SMTP_URL. */
  smtpUrl: string;
  /** e.g. http://localhost:8025: the inbox page; GET/DELETE /api/messages. */
  webUrl: string;
  /** e.g. http://localhost:8025/sms, for CZP_SMS_URL. */
  smsUrl: string;
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

  await listen(smtp.server, options.smtpPort, host);
  try {
    await listen(web, options.webPort, host);
  } catch (error) {
    await closeSmtp(smtp);
    throw error;
  }
  // URLs name the host a client can reach: a wildcard address is reached as localhost.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const smtpUrl = `smtp://${shown}:${(smtp.server.address() as AddressInfo).port}`;
  const webUrl = `http://${shown}:${(web.address() as AddressInfo).port}`;
  log(`dev-mail: catching e-mail at ${smtpUrl} and SMS at ${webUrl}/sms; inbox at ${webUrl}`);

  return {
    smtpUrl,
    webUrl,
    smsUrl: `${webUrl}/sms`,
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

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeSmtp(smtp: SMTPServer): Promise<void> {
  return new Promise((resolve) => smtp.close(() => resolve()));
}
