/**
 * Notifications (issue 14): what the centre in the header lists and what Settings → Notifications chooses, per kind
 * and channel. Zod-free; the request schemas are in api-schemas.ts.
 */
import type { NotificationChannel } from './data-box.js';
import type { LocalizedText } from './localized.js';

export const NOTIFICATION_KINDS = ['data-box-message', 'submission-changed', 'document-expiry', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type { NotificationChannel };

/** Where the centre's API lives (the shell's header reads it; it is the portal's own, not a service's). */
export const NOTIFICATIONS_API = '/api/notifications';

/** The kinds' names in Settings → Notifications. */
export const NOTIFICATION_KIND_NAMES: Readonly<Record<NotificationKind, LocalizedText>> = {
  'data-box-message': { cs: 'Nová zpráva v datové schránce', en: 'A new message in the data box' },
  'submission-changed': { cs: 'Změna stavu podání', en: 'A change of a submission’s status' },
  'document-expiry': { cs: 'Konec platnosti dokladu', en: 'A document about to expire' },
  reminder: { cs: 'Vlastní připomínky', en: 'My own reminders' },
};

export const NOTIFICATION_LIMITS = {
  /** Notifications per page of GET /api/notifications. */
  pageSize: 20,
  /** The highest `page`. */
  maxPage: 10_000,
  /** Characters of a title and of a body, per language (longer ones are cut when stored). */
  titleLength: 200,
  bodyLength: 2000,
  /** Characters of a link and of a key. */
  linkLength: 500,
  keyLength: 300,
} as const;

/** One entry of the centre. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  /** A path in the portal (starts with /), or null. */
  link: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null while unread. */
  readAt: string | null;
}

/** GET /api/notifications?page=N: newest first. */
export interface NotificationPage {
  notifications: NotificationView[];
  page: number;
  pageSize: number;
  total: number;
  unread: number;
}

/** GET /api/notifications/unread-count, POST …/read-all (and POST …/:id/read gives it with the entry). */
export interface NotificationsUnread {
  unread: number;
}

/** POST /api/notifications/:id/read. */
export interface NotificationRead extends NotificationsUnread {
  notification: NotificationView;
}

/** The channels outside the portal one kind goes to (the portal's centre always gets every kind). */
export interface KindChannels {
  email: boolean;
  sms: boolean;
}

/** PUT /api/notifications/settings (`NotificationChoicesRequest`): per kind; a kind or channel left out keeps its choice. */
export type NotificationChoices = Record<NotificationKind, KindChannels>;
export type NotificationChoicesRequest = Partial<Record<NotificationKind, Partial<KindChannels>>>;

/**
 * GET and PUT /api/notifications/settings. `contacts` are the verified ones from PROFILE (null: none verified, so that
 * channel cannot be chosen); a choice whose contact is not verified is answered false.
 */
export interface NotificationSettingsView {
  choices: NotificationChoices;
  contacts: { email: string | null; phone: string | null };
}

/** Settings → Notifications' own address in the shell, and PROFILE's, where contacts are verified. */
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';
export const PROFILE_PATH = '/services/my-data/profile';
