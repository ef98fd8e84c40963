import { type EmailChannel, smtpEmailChannel } from './email.js';
import { httpSmsGateway, type SmsGateway } from './sms.js';

/**
 * The channels a deployment configured: CZP_SMTP_URL (+ CZP_MAIL_FROM) for e-mail, CZP_SMS_URL (+ CZP_SMS_TOKEN)
 * for SMS. A channel not configured is absent; the features then fall back to their logging sinks.
 */
export function channelsFromEnvironment(env: Record<string, string | undefined> = process.env): {
  email?: EmailChannel & { close(): void };
  sms?: SmsGateway;
} {
  const from = env.CZP_MAIL_FROM?.trim();
  const token = env.CZP_SMS_TOKEN?.trim();
  return {
    ...(env.CZP_SMTP_URL ? { email: smtpEmailChannel({ url: env.CZP_SMTP_URL, ...(from ? { from } : {}) }) } : {}),
    ...(env.CZP_SMS_URL ? { sms: httpSmsGateway({ url: env.CZP_SMS_URL, ...(token ? { token } : {}) }) } : {}),
  };
}
