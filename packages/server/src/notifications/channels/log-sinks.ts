import type { EmailChannel } from './email.js';
import type { SmsGateway } from './sms.js';

/** The part of a logger the sinks need (Fastify's pino logger fits). */
export interface SinkLogger {
  info(object: object, message: string): void;
}

/**
 * Nothing leaves the machine: the e-mail goes to the log, codes included. For tests and for a server started
 * without CZP_SMTP_URL where no development catcher runs; start.ts warns when production has no SMTP.
 */
export function loggingEmailChannel(logger: SinkLogger): EmailChannel {
  return {
    async send(message) {
      logger.info(
        { channel: 'email', to: message.to, subject: message.subject, text: message.text },
        'e-mail (log sink)',
      );
    },
  };
}

/** As loggingEmailChannel, for SMS (no CZP_SMS_URL). */
export function loggingSmsGateway(logger: SinkLogger): SmsGateway {
  return {
    async send(message) {
      logger.info({ channel: 'sms', to: message.to, text: message.text }, 'SMS (log sink)');
    },
  };
}
