import { NOTIFICATION_SETTINGS_PATH, type NotificationView } from '@czp/contract';
import { NotificationCentre } from '@czp/design-system';
import { useCallback, useEffect, useState } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';
import { useNotificationsClient } from './notifications-api.js';
import { unreadButtonLabel } from './unread-label.js';

/** How often the count is asked for while the page is visible. */
export const POLL_INTERVAL_MS = 60_000;

/**
 * The notification centre in the header, for a signed-in citizen who consented: the unread count (polled every minute
 * while the page is visible, and on every navigation), the latest notifications when opened, each marked read when
 * followed, and "mark all read". Nothing for anyone else, and nothing on the server render (it fetches in effects).
 */
export function HeaderNotifications() {
  const t = useT();
  const actions = useShellActions();
  const session = usePortal((s) => s.session);
  const path = usePortal((s) => s.path);
  const client = useNotificationsClient();
  const enabled = session.person !== null && session.consent === 'given';
  const [unread, setUnread] = useState(0);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  // The server refused the count (signed out, no consent): stop asking until the session changes.
  const [refused, setRefused] = useState(false);

  const refreshCount = useCallback(async () => {
    const answer = await client.unreadCount();
    if (answer.ok) setUnread(answer.value.unread);
    else if (answer.status === 401 || answer.status === 403) setRefused(true);
  }, [client]);

  const loadList = useCallback(async () => {
    setState('loading');
    const answer = await client.latest();
    if (!answer.ok) {
      setState('failed');
      return;
    }
    setItems(answer.value.notifications.slice(0, 10));
    setUnread(answer.value.unread);
    setState('idle');
  }, [client]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another person or consent may be allowed again.
  useEffect(() => setRefused(false), [session.person?.id, session.consent]);

  // On start and every navigation, then every minute while the page is visible (and at once when it becomes so).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the trigger (navigation), not read.
  useEffect(() => {
    if (!enabled || refused) return;
    void refreshCount();
  }, [enabled, refused, refreshCount, path]);
  useEffect(() => {
    if (!enabled || refused) return;
    const tick = () => {
      if (document.visibilityState === 'visible') void refreshCount();
    };
    const timer = window.setInterval(tick, POLL_INTERVAL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [enabled, refused, refreshCount]);

  if (!enabled) return null;

  const markOne = async (id: string) => {
    const item = items?.find((each) => each.id === id);
    if (!item || item.readAt) return;
    setItems(
      (list) => list?.map((each) => (each.id === id ? { ...each, readAt: new Date().toISOString() } : each)) ?? null,
    );
    setUnread((count) => Math.max(0, count - 1));
    const answer = await client.markRead(id);
    if (answer.ok) setUnread(answer.value.unread);
  };
  const markAll = async () => {
    const answer = await client.markAllRead();
    if (!answer.ok) return;
    setUnread(answer.value.unread);
    const at = new Date().toISOString();
    setItems((list) => list?.map((each) => ({ ...each, readAt: each.readAt ?? at })) ?? null);
  };

  const locale = t.locale;
  return (
    <NotificationCentre
      label={t.t('notificationsButton')}
      buttonLabel={unreadButtonLabel(t, unread)}
      unread={unread}
      title={t.t('notificationsPanelTitle')}
      items={(items ?? []).map((item) => ({
        id: item.id,
        title: item.title[locale],
        text: item.body[locale],
        time: t.formatDate(item.createdAt, { dateStyle: 'long', timeStyle: 'short' }),
        dateTime: item.createdAt,
        href: item.link,
        unread: item.readAt === null,
      }))}
      unreadText={t.t('notificationsNew')}
      emptyText={t.t('notificationsEmpty')}
      loadingText={t.t('notificationsLoading')}
      loading={state === 'loading'}
      error={state === 'failed' ? t.t('notificationsLoadFailed') : null}
      markAllLabel={t.t('notificationsMarkAll')}
      onMarkAllRead={() => void markAll()}
      footerLink={{ href: NOTIFICATION_SETTINGS_PATH, label: t.t('notificationsSettingsLink') }}
      onOpenChange={(next) => {
        if (next) void loadList();
      }}
      onItemActivate={(id) => void markOne(id)}
      onNavigate={(href) => actions.navigate(href)}
    />
  );
}
