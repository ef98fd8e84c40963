import { type CalendarItem, REMIND_BEFORE_MINUTES, type ReminderRequest } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { useDayFormat } from './items.js';
import { type MessageKey, messages } from './messages.js';
import { Button, useCalendarApi, useLoad, ViewHeading } from './shared.js';

type Field = 'title' | 'date' | 'time' | 'remindBeforeMinutes';
type Errors = Partial<Record<Field, string>>;

interface Draft {
  title: string;
  date: string;
  time: string;
  /** '' for none. */
  before: string;
}

const EMPTY: Draft = { title: '', date: '', time: '', before: '60' };
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** The citizen's own reminders: the list with edit and delete, and one form to add or change one. */
export function RemindersPage() {
  const { t, locale } = useTranslator(messages);
  const api = useCalendarApi();
  const dayFormat = useDayFormat();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => api.reminders(), [version]);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [flash, setFlash] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const ids = {
    title: `${formId}-title`,
    date: `${formId}-date`,
    time: `${formId}-time`,
    remindBeforeMinutes: `${formId}-before`,
  };

  const check = (value: Draft): Errors => {
    const found: Errors = {};
    if (!value.title.trim()) found.title = t('errorTitleRequired');
    if (!value.date) found.date = t('errorDateRequired');
    if (value.time && !TIME.test(value.time)) found.time = t('errorTime');
    return found;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check(draft);
    setErrors(found);
    setFlash(null);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0] as Field;
      document.getElementById(ids[first])?.focus();
      return;
    }
    const body: ReminderRequest = {
      title: draft.title.trim(),
      date: draft.date,
      time: draft.time || null,
      remindBeforeMinutes:
        draft.before === '' ? null : (Number(draft.before) as ReminderRequest['remindBeforeMinutes']),
    };
    setBusy(true);
    const result = editing ? await api.updateReminder(editing, body) : await api.createReminder(body);
    setBusy(false);
    if (!result.ok) {
      const field = result.problem.field as Field | undefined;
      if (field && field in ids) {
        // The server's words name the field in English; the field itself is marked next to it in both languages.
        setErrors({ [field]: result.problem.message || t('errorServer') });
        document.getElementById(ids[field])?.focus();
      } else setFlash({ kind: 'error', text: t('errorServer') });
      return;
    }
    setDraft(EMPTY);
    setEditing(null);
    setFlash({ kind: 'success', text: t('saved') });
    setVersion((n) => n + 1);
  }

  async function remove(item: CalendarItem) {
    const result = await api.deleteReminder(item.id);
    setFlash(result.ok ? { kind: 'success', text: t('deleted') } : { kind: 'error', text: t('errorServer') });
    if (editing === item.id) {
      setEditing(null);
      setDraft(EMPTY);
    }
    setVersion((n) => n + 1);
  }

  const described = (field: Field) => (errors[field] ? `${ids[field]}-error` : undefined);
  const errorText = (field: Field) =>
    errors[field] ? (
      <p id={`${ids[field]}-error`} className="calendar-form__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <section aria-labelledby="calendar-reminders-heading">
      <ViewHeading id="calendar-reminders-heading">{t('remindersTitle')}</ViewHeading>
      {flash && (
        <Notice kind={flash.kind} role={flash.kind === 'error' ? 'alert' : 'status'}>
          {flash.text}
        </Notice>
      )}
      {loaded.state === 'loading' && <p>{t('loading')}</p>}
      {loaded.state === 'failed' && (
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={loaded.retry}>{t('retry')}</Button>
        </Notice>
      )}
      {loaded.state === 'ready' &&
        (loaded.data.reminders.length === 0 ? (
          <p>{t('remindersEmpty')}</p>
        ) : (
          <ul className="calendar-reminders">
            {loaded.data.reminders.map((item) => (
              <li key={item.id}>
                <span>
                  <strong>{item.title[locale]}</strong> – {dayFormat(item.date)}
                  {item.time ? `, ${item.time}` : ''} ·{' '}
                  {t(`before.${item.remindBeforeMinutes ?? 'none'}` as MessageKey)}
                </span>{' '}
                <button
                  type="button"
                  className="calendar-link-button"
                  aria-label={t('editLabel', { title: item.title[locale] })}
                  onClick={() => {
                    setEditing(item.id);
                    setErrors({});
                    setDraft({
                      title: item.title[locale],
                      date: item.date,
                      time: item.time ?? '',
                      before: item.remindBeforeMinutes === null ? '' : String(item.remindBeforeMinutes),
                    });
                    document.getElementById(ids.title)?.focus();
                  }}
                >
                  {t('edit')}
                </button>{' '}
                <button
                  type="button"
                  className="calendar-link-button"
                  aria-label={t('deleteLabel', { title: item.title[locale] })}
                  onClick={() => void remove(item)}
                >
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        ))}

      <form
        className="calendar-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-labelledby={`${formId}-h`}
      >
        <h3 id={`${formId}-h`}>{editing ? t('editReminder') : t('newReminder')}</h3>
        {Object.keys(errors).length > 0 && <p className="calendar-form__summary">{t('formErrors')}</p>}
        <div className="calendar-form__field">
          <label htmlFor={ids.title}>{t('fieldTitle')}</label>
          {errorText('title')}
          <input
            id={ids.title}
            type="text"
            maxLength={200}
            value={draft.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title')}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
        </div>
        <div className="calendar-form__field">
          <label htmlFor={ids.date}>{t('fieldDate')}</label>
          {errorText('date')}
          <input
            id={ids.date}
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={described('date')}
            onChange={(event) => setDraft({ ...draft, date: event.target.value })}
          />
        </div>
        <div className="calendar-form__field">
          <label htmlFor={ids.time}>{t('fieldTime')}</label>
          {errorText('time')}
          <input
            id={ids.time}
            type="time"
            value={draft.time}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={described('time')}
            onChange={(event) => setDraft({ ...draft, time: event.target.value })}
          />
        </div>
        <div className="calendar-form__field">
          <label htmlFor={ids.remindBeforeMinutes}>{t('fieldRemindBefore')}</label>
          {errorText('remindBeforeMinutes')}
          <select
            id={ids.remindBeforeMinutes}
            value={draft.before}
            aria-invalid={errors.remindBeforeMinutes ? true : undefined}
            aria-describedby={described('remindBeforeMinutes')}
            onChange={(event) => setDraft({ ...draft, before: event.target.value })}
          >
            <option value="">{t('before.none')}</option>
            {REMIND_BEFORE_MINUTES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t(`before.${minutes}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="calendar-form__actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {editing ? t('save') : t('create')}
          </Button>
          {editing && (
            <Button
              onClick={() => {
                setEditing(null);
                setDraft(EMPTY);
                setErrors({});
              }}
            >
              {t('cancelEdit')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
