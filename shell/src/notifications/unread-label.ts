import type { ShellTranslator } from '../i18n/messages.js';

/** "Oznámení, 3 nepřečtená" / "Notifications, 3 unread": Czech has three forms of the count (1, 2–4, 5+). */
export function unreadButtonLabel(t: ShellTranslator, unread: number): string {
  if (unread <= 0) return t.t('notificationsButton');
  const count = t.formatNumber(unread);
  const form = new Intl.PluralRules(t.locale === 'cs' ? 'cs-CZ' : 'en-GB').select(unread);
  if (form === 'one') return t.t('notificationsUnreadOne', { count });
  if (form === 'few') return t.t('notificationsUnreadFew', { count });
  return t.t('notificationsUnreadMany', { count });
}
