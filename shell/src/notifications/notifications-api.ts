import {
  NOTIFICATIONS_API,
  type NotificationChoicesRequest,
  type NotificationPage,
  type NotificationSettingsView,
  type NotificationsUnread,
} from '@czp/contract';
import { createContext, useContext, useMemo } from 'react';
import { PortalApi } from '../api/api-client.js';
import { endSession, setSession } from '../state/portal-store.js';
import { usePortal, useStores } from '../state/use-store.js';

/** The part of the portal API the centre and the settings page use (tests give one over msw). */
export type NotificationsTransport = Pick<PortalApi, 'get' | 'send'>;

/** What a call ended in: the answer, or the server's refusal (status, code, field) or no answer at all. */
type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; error?: string; field?: string; message?: string };

async function outcome<T>(response: Promise<Response>): Promise<Outcome<T>> {
  try {
    const answer = await response;
    const body = (await answer.json().catch(() => null)) as Record<string, unknown> | null;
    if (answer.ok && body) return { ok: true, value: body as T };
    return {
      ok: false,
      status: answer.status,
      ...(typeof body?.error === 'string' ? { error: body.error } : {}),
      ...(typeof body?.field === 'string' ? { field: body.field } : {}),
      ...(typeof body?.message === 'string' ? { message: body.message } : {}),
    };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** The centre's calls: /api/notifications and its settings (the server's own, not a service's). */
function notificationsClient(transport: NotificationsTransport) {
  return {
    unreadCount: () => outcome<NotificationsUnread>(transport.get(`${NOTIFICATIONS_API}/unread-count`)),
    latest: () => outcome<NotificationPage>(transport.get(`${NOTIFICATIONS_API}?page=1`)),
    markRead: (id: string) =>
      outcome<NotificationsUnread>(transport.send('POST', `${NOTIFICATIONS_API}/${encodeURIComponent(id)}/read`)),
    markAllRead: () => outcome<NotificationsUnread>(transport.send('POST', `${NOTIFICATIONS_API}/read-all`)),
    settings: () => outcome<NotificationSettingsView>(transport.get(`${NOTIFICATIONS_API}/settings`)),
    saveSettings: (choices: NotificationChoicesRequest) =>
      outcome<NotificationSettingsView>(transport.send('PUT', `${NOTIFICATIONS_API}/settings`, choices)),
  };
}

export type NotificationsClient = ReturnType<typeof notificationsClient>;

/** Tests put a transport over msw here; without one the page's own portal API is used, with the session's token. */
export const NotificationsTransportContext = createContext<NotificationsTransport | null>(null);

export function useNotificationsClient(): NotificationsClient {
  const transport = useContext(NotificationsTransportContext);
  const stores = useStores();
  const csrfToken = usePortal((s) => s.csrfToken);
  return useMemo(
    () =>
      notificationsClient(
        transport ??
          // As the page's own API does (entry-client.tsx): the session's clock and its end kept in step.
          new PortalApi(csrfToken || null, undefined, {
            onSessionExpiresAt: (expiresAt) => {
              const { session } = stores.portal.getState();
              if (session.person && session.expiresAt !== expiresAt) setSession(stores, { ...session, expiresAt });
            },
            onSessionLost: () => endSession(stores),
          }),
      ),
    [transport, csrfToken, stores],
  );
}
