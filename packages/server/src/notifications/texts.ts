import { type Locale, NOTIFICATION_SETTINGS_PATH } from '@czp/contract';
import type { EmailMessage } from './channels/email.js';
import type { SmsMessage } from './channels/sms.js';

/** A notification as it leaves the portal, in the person's language. */
export interface Outgoing {
  title: { cs: string; en: string };
  body: { cs: string; en: string };
  link: string | null;
}

const FOOTER: Record<Locale, (settings: string) => string> = {
  cs: (settings) =>
    `Toto oznámení poslal Portál občana. Která oznámení a kam chodí, nastavíte v Nastavení → Oznámení: ${settings}`,
  en: (settings) =>
    `This notice was sent by the Citizen Portal. Choose which notices you get and where in Settings → Notifications: ${settings}`,
};

const OPEN: Record<Locale, string> = { cs: 'Otevřít na Portálu občana', en: 'Open in the Citizen Portal' };

/** Absolute, for a mail client or a phone outside the portal. */
const absolute = (publicUrl: string, path: string) => `${publicUrl}${path}`;

export function emailOf(
  notification: Outgoing,
  to: string,
  locale: Locale,
  publicUrl: string,
  key: string,
): EmailMessage {
  const lines = [notification.body[locale]];
  if (notification.link) lines.push('', `${OPEN[locale]}: ${absolute(publicUrl, notification.link)}`);
  lines.push('', '—', FOOTER[locale](absolute(publicUrl, NOTIFICATION_SETTINGS_PATH)));
  return { to, subject: notification.title[locale], text: lines.join('\n'), key };
}

/** Short: the title and the link (the body stays in the portal). */
export function smsOf(notification: Outgoing, to: string, locale: Locale, publicUrl: string, key: string): SmsMessage {
  const link = notification.link ? ` ${absolute(publicUrl, notification.link)}` : '';
  const prefix = locale === 'cs' ? 'Portál občana' : 'Citizen Portal';
  return { to, text: `${prefix}: ${notification.title[locale]}${link}`, key };
}
