/**
 * Notifications (issue 14): what the centre in the header lists and what Settings → Notifications chooses, per kind
 * and channel. Zod-free; the request schemas are in api-schemas.ts.
 */
import type { NotificationChannel } from './data-box.js';

export const NOTIFICATION_KINDS = ['data-box-message', 'submission-changed', 'document-expiry', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type { NotificationChannel };

/** Where the centre's API lives (the shell's header reads it; it is the portal's own, not a service's). */
export const NOTIFICATIONS_API = '/api/notifications';
