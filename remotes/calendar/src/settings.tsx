import { type CalendarFeed, REMINDER_OFFSETS, type ReminderOffset, type ReminderSettings } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { messages } from './messages.js';
import { Button, useCalendarApi, useLoad, ViewHeading } from './shared.js';

type Flash = { kind: 'success' | 'error'; text: string } | null;

/** Reminder notices (on/off, which offsets) and the secret iCalendar feed (show, copy, make a new one, stop). */
export function SettingsPage() {
  const { t } = useTranslator(messages);
  return (
    <>
      <section aria-labelledby="calendar-settings-heading">
        <ViewHeading id="calendar-settings-heading">{t('settingsTitle')}</ViewHeading>
        <p>{t('settingsLead')}</p>
        <NoticeSettings />
      </section>
      <FeedSection />
    </>
  );
}

function NoticeSettings() {
  const { t } = useTranslator(messages);
  const api = useCalendarApi();
  const loaded = useLoad(() => api.settings(), []);
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [flash, setFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState(false);
  const answered = loaded.state === 'ready' ? loaded.data : null;
  // The server's settings once they come; the citizen's changes after that are the form's.
  useEffect(() => {
    if (answered) setSettings(answered);
  }, [answered]);
  if (loaded.state === 'loading' || (loaded.state === 'ready' && !settings)) return <p>{t('loading')}</p>;
  if (loaded.state === 'failed' || !settings) {
    return (
      <Notice kind="error" role="alert">
        <p>{t('loadFailed')}</p>
        <Button onClick={loaded.retry}>{t('retry')}</Button>
      </Notice>
    );
  }
  const toggle = (offset: ReminderOffset, on: boolean) =>
    setSettings({
      ...settings,
      offsets: REMINDER_OFFSETS.filter((o) => (o === offset ? on : settings.offsets.includes(o))),
    });
  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy || !settings) return;
    setBusy(true);
    const result = await api.saveSettings(settings);
    setBusy(false);
    if (result.ok) setSettings(result.data);
    setFlash(result.ok ? { kind: 'success', text: t('settingsSaved') } : { kind: 'error', text: t('errorServer') });
  }
  return (
    <form className="calendar-form" onSubmit={(event) => void save(event)}>
      {flash && (
        <Notice kind={flash.kind} role={flash.kind === 'error' ? 'alert' : 'status'}>
          {flash.text}
        </Notice>
      )}
      <div className="calendar-form__check">
        <input
          id="calendar-enabled"
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => setSettings({ ...settings, enabled: event.target.checked })}
        />
        <label htmlFor="calendar-enabled">{t('settingsEnabled')}</label>
      </div>
      <fieldset disabled={!settings.enabled}>
        <legend>{t('settingsOffsets')}</legend>
        {REMINDER_OFFSETS.map((offset) => (
          <div key={offset} className="calendar-form__check">
            <input
              id={`calendar-offset-${offset}`}
              type="checkbox"
              checked={settings.offsets.includes(offset)}
              onChange={(event) => toggle(offset, event.target.checked)}
            />
            <label htmlFor={`calendar-offset-${offset}`}>{t(`offset.${offset}`)}</label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" variant="primary" disabled={busy}>
        {t('settingsSave')}
      </Button>
    </form>
  );
}

function FeedSection() {
  const { t } = useTranslator(messages);
  const api = useCalendarApi();
  const [feed, setFeed] = useState<CalendarFeed | null>(null);
  const [flash, setFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    await action();
    setBusy(false);
  };
  const show = () =>
    run(async () => {
      const result = await api.feed();
      if (result.ok) setFeed(result.data);
      else setFlash({ kind: 'error', text: t('loadFailed') });
    });
  const rotate = () =>
    run(async () => {
      const result = await api.rotateFeed();
      if (result.ok) setFeed(result.data);
      setFlash(result.ok ? { kind: 'success', text: t('feedRotated') } : { kind: 'error', text: t('errorServer') });
    });
  const stop = () =>
    run(async () => {
      const result = await api.deleteFeed();
      if (result.ok) setFeed(null);
      setFlash(result.ok ? { kind: 'success', text: t('feedDeleted') } : { kind: 'error', text: t('errorServer') });
    });
  const copy = async () => {
    if (!feed) return;
    try {
      await navigator.clipboard.writeText(feed.url);
      setFlash({ kind: 'success', text: t('feedCopied') });
    } catch {
      setFlash({ kind: 'error', text: t('feedCopyFailed') });
    }
  };
  return (
    <section aria-labelledby="calendar-feed-heading" className="calendar-feed">
      <h2 id="calendar-feed-heading">{t('feedTitle')}</h2>
      <p>{t('feedLead')}</p>
      {flash && (
        <Notice kind={flash.kind} role={flash.kind === 'error' ? 'alert' : 'status'}>
          {flash.text}
        </Notice>
      )}
      {feed ? (
        <>
          <div className="calendar-form__field">
            <label htmlFor="calendar-feed-url">{t('feedUrl')}</label>
            <input
              id="calendar-feed-url"
              type="text"
              readOnly
              value={feed.url}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div className="calendar-form__actions">
            <Button onClick={() => void copy()}>{t('feedCopy')}</Button>
            <Button onClick={() => void rotate()} disabled={busy}>
              {t('feedRotate')}
            </Button>
            <Button variant="danger" onClick={() => void stop()} disabled={busy}>
              {t('feedDelete')}
            </Button>
          </div>
        </>
      ) : (
        <Button onClick={() => void show()} disabled={busy}>
          {t('feedShow')}
        </Button>
      )}
    </section>
  );
}
