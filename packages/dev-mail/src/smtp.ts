import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Inbox } from './inbox.js';

/** The largest message the catcher takes (the portal's notices are a few kilobytes; attachments are not kept). */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * An SMTP server that accepts every message from anyone, without TLS or authentication (a client that logs in is let
 * in whatever it says), and puts it into the inbox. Only ever bound to a development machine.
 */
export function createSmtpCatcher(inbox: Inbox, log: (message: string) => void): SMTPServer {
  const server = new SMTPServer({
    authOptional: true,
    // Development only: nothing to protect, and a client configured with credentials still works.
    onAuth: (_auth, _session, callback) => callback(null, { user: 'developer' }),
    disabledCommands: ['STARTTLS'],
    banner: 'CzP development mail catcher: nothing is delivered',
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true })
        .then((mail) => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error('Message too large for the development catcher'), { responseCode: 552 }));
            return;
          }
          const caught = inbox.addEmail({
            from: mail.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            to: session.envelope.rcptTo.map((recipient) => recipient.address).join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            messageId: mail.messageId ?? null,
          });
          log(`dev-mail: e-mail to ${caught.to}: ${caught.subject}`);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  // A client's broken connection is reported as the server's 'error': without a listener it would end the process.
  server.on('error', (error: Error) => log(`dev-mail: SMTP error: ${error.message}`));
  return server;
}
