import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';

/** One e-mail to one citizen. Text always (every client shows it); HTML only as an alternative view of the same. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * The same for every attempt to send this e-mail (a job retried after a crash): it becomes the Message-ID, so a
   * mail system that drops duplicates by it delivers the e-mail once.
   */
  key?: string;
}

/** Where e-mail goes: real SMTP in a deployment (`smtpEmailChannel`), a capturing or logging sink in tests. */
export interface EmailChannel {
  /** Resolves once the server accepted the message; rejects otherwise (the job that called it is retried). */
  send(message: EmailMessage): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'Portál občana <noreply@portal.gov.cz>';

export interface SmtpEmailOptions {
  /**
   * CZP_SMTP_URL, e.g. smtp://localhost:2525 (the development catcher), smtp://user:pass@relay:587 (STARTTLS when
   * the server offers it; add ?requireTLS=true to insist) or smtps://relay:465 (TLS from the start).
   */
  url: string;
  /** CZP_MAIL_FROM; DEFAULT_MAIL_FROM without it. */
  from?: string;
  /** Connection, greeting and socket time-out: a hung relay fails the attempt instead of holding the job. */
  timeoutMs?: number;
}

/**
 * E-mail over SMTP with nodemailer, one connection per message: codes and notices are few, and a pool would keep
 * sockets open that the relay closes under it.
 */
export function smtpEmailChannel(options: SmtpEmailOptions): EmailChannel & { close(): void } {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const from = options.from ?? DEFAULT_MAIL_FROM;
  // Settings in the URL's query (…?requireTLS=true) win over these.
  const transport = createTransport(
    { url: options.url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs },
    { from },
  );
  const domain = fromDomain(from);
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.key ? { messageId: `<${digest(message.key)}@${domain}>` } : {}),
      });
    },
    close: () => transport.close(),
  };
}

/** The domain of the sender's address, for the Message-ID (`Name <a@b.cz>` or `a@b.cz`). */
function fromDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'portal.gov.cz';
}

/** A key may hold anything (ids, colons); the Message-ID's left part must be a plain token. */
function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
