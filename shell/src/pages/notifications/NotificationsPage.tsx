import {
  type KindChannels,
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  type NotificationChoices,
  type NotificationKind,
  type NotificationSettingsView,
  PROFILE_PATH,
} from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { CheckboxField, ErrorSummary } from '@czp/design-system/forms';
import { type FormEvent, useEffect, useState } from 'react';
import { PersonalPage } from '../../account/PersonalPage.js';
import { useShellActions } from '../../actions/shell-actions.js';
import type { ShellTranslator } from '../../i18n/messages.js';
import { addShellMessages } from '../../i18n/messages.js';
import { notificationsCs } from '../../i18n/pages/notifications.cs.js';
import { useT } from '../../i18n/translator-context.js';
import { useNotificationsClient } from '../../notifications/notifications-api.js';
import { INFO_PAGES } from '../../routing/routes.js';
import { usePortal } from '../../state/use-store.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(notificationsCs);

type Channel = keyof KindChannels;
const CHANNELS: readonly Channel[] = ['email', 'sms'];
/** The checkbox of a kind's channel, and the field the server names in a refusal (`submission-changed.email`). */
const fieldOf = (kind: NotificationKind, channel: Channel) => `${kind}.${channel}`;
const idOf = (kind: NotificationKind, channel: Channel) => `notifications-${kind}-${channel}`;

/** A refusal of the server as the citizen reads it, next to its field. */
function fieldError(t: ShellTranslator, answer: { error?: string; field?: string; message?: string }): string {
  if (answer.error === 'contact-not-verified') {
    return answer.field?.endsWith('.sms') ? t.t('notificationsPhoneNotVerified') : t.t('notificationsEmailNotVerified');
  }
  return answer.message ?? t.t('notificationsSaveFailed');
}

/**
 * /settings/notifications: per kind, the channels a notification goes to. The portal's centre always; e-mail and SMS
 * only with a contact verified in PROFILE (shown, or a link to verify one). The server checks the same again and names
 * the field it refuses, shown next to it.
 */
export function NotificationsPage() {
  const t = useT();
  const page = INFO_PAGES.find((p) => p.id === 'notifications');
  return (
    <PersonalPage name={t.t('notificationsTitle')} path={page?.path ?? '/settings/notifications'}>
      <NotificationSettingsForm />
    </PersonalPage>
  );
}

function NotificationSettingsForm() {
  const t = useT();
  const actions = useShellActions();
  const client = useNotificationsClient();
  const personId = usePortal((s) => s.session.person?.id);
  const [settings, setSettings] = useState<NotificationSettingsView | null>(null);
  const [choices, setChoices] = useState<NotificationChoices | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'load-failed' | 'saving' | 'saved' | 'save-failed'>(
    'loading',
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded again for another person.
  useEffect(() => {
    let current = true;
    setState('loading');
    void client.settings().then((answer) => {
      if (!current) return;
      if (!answer.ok) {
        setState('load-failed');
        return;
      }
      setSettings(answer.value);
      setChoices(answer.value.choices);
      setState('ready');
    });
    return () => {
      current = false;
    };
  }, [client, personId]);

  if (state === 'loading' && !settings) return <p role="status">{t.t('notificationsLoading')}</p>;
  if (!settings || !choices) {
    return (
      <Notice kind="error" role="alert">
        {t.t('notificationsLoadSettingsFailed')}
      </Notice>
    );
  }
  const { contacts } = settings;
  const available: Record<Channel, string | null> = { email: contacts.email, sms: contacts.phone };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    setErrors({});
    const answer = await client.saveSettings(choices);
    setAttempt((n) => n + 1);
    if (answer.ok) {
      setSettings(answer.value);
      setChoices(answer.value.choices);
      setState('saved');
      return;
    }
    if (answer.field) setErrors({ [answer.field]: fieldError(t, answer) });
    setState('save-failed');
  };

  const summary = Object.entries(errors).flatMap(([field, text]) => {
    const [kind, channel] = field.split('.') as [NotificationKind, Channel];
    if (!NOTIFICATION_KINDS.includes(kind) || !CHANNELS.includes(channel)) return [];
    return [{ fieldId: idOf(kind, channel), text, field: NOTIFICATION_KIND_NAMES[kind][t.locale] }];
  });

  return (
    <>
      <p>{t.t('notificationsSettingsIntro')}</p>
      {(!contacts.email || !contacts.phone) && (
        <Notice kind="info">
          <p>{t.t('notificationsVerifyContacts')}</p>
          <p>
            <a
              href={PROFILE_PATH}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                actions.navigate(PROFILE_PATH);
              }}
            >
              {t.t('notificationsVerifyLink')}
            </a>
          </p>
        </Notice>
      )}
      <ErrorSummary title={t.t('notificationsErrorTitle')} errors={summary} focusKey={attempt} />
      {state === 'save-failed' && summary.length === 0 && (
        <Notice kind="error" role="alert">
          {t.t('notificationsSaveFailed')}
        </Notice>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind}>
            <legend>{NOTIFICATION_KIND_NAMES[kind][t.locale]}</legend>
            <CheckboxField
              id={`notifications-${kind}-portal`}
              label={t.t('notificationsPortalAlways')}
              checked
              disabled
              readOnly
            />
            {CHANNELS.map((channel) => {
              const to = available[channel];
              const label = to
                ? channel === 'email'
                  ? t.t('notificationsByEmail', { email: to })
                  : t.t('notificationsBySms', { phone: to })
                : channel === 'email'
                  ? t.t('notificationsEmailUnavailable')
                  : t.t('notificationsSmsUnavailable');
              return (
                <CheckboxField
                  key={channel}
                  id={idOf(kind, channel)}
                  name={fieldOf(kind, channel)}
                  label={label}
                  checked={choices[kind][channel]}
                  disabled={!to}
                  error={errors[fieldOf(kind, channel)]}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setChoices((all) => (all ? { ...all, [kind]: { ...all[kind], [channel]: checked } } : all));
                    if (state === 'saved') setState('ready');
                  }}
                />
              );
            })}
          </fieldset>
        ))}
        <GovButton nativeType="submit" type="solid" color="primary" disabled={state === 'saving'}>
          {t.t('notificationsSave')}
        </GovButton>
        <p role="status">{state === 'saved' ? t.t('notificationsSaved') : ''}</p>
      </form>
    </>
  );
}
