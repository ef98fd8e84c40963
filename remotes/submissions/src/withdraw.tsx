import { SUBMISSION_LIMITS, type SubmissionDetail, textProblem } from '@czp/contract';
import { ConfirmDialog, Notice } from '@czp/design-system';
import { TextArea } from '@czp/design-system/forms';
import { useTranslator } from '@czp/remote-sdk';
import { useId, useRef, useState } from 'react';
import { useDetailApi } from './detail-api.js';
import { detailMessages as messages } from './detail-messages.js';
import { Button } from './shared.js';
import type { Outcome } from './supplement.js';

/**
 * WITHDRAW (in the states the contract allows, as the server's `actions.withdraw` says): an optional reason, then the
 * design system's confirm dialog. Sent once: the button is disabled while it goes and a second confirmation is
 * ignored; a 409 (decided meanwhile) and a 404 go to the detail, which reloads.
 */
export function WithdrawPanel({
  submission,
  onOutcome,
}: {
  submission: SubmissionDetail;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t, locale, formatNumber } = useTranslator(messages);
  const api = useDetailApi();
  const id = useId();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const sending = useRef(false);
  const max = formatNumber(SUBMISSION_LIMITS.noteLength);

  const ask = () => {
    if (textProblem(reason) === 'control') return setError({ field: t('errorControl') });
    if (reason.trim().length > SUBMISSION_LIMITS.noteLength) return setError({ field: t('errorTooLong', { max }) });
    setError({});
    setAsking(true);
  };

  const confirm = async () => {
    setAsking(false);
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    try {
      const result = await api.withdraw(submission.id, reason.trim() || undefined);
      if (result.ok) {
        onOutcome({ kind: 'done', text: t('withdrawn', { reference: submission.reference }) });
        return;
      }
      if (result.problem.status === 409) return onOutcome({ kind: 'conflict' });
      if (result.problem.status === 404) return onOutcome({ kind: 'gone' });
      if (result.problem.field === 'note') return setError({ field: t('errorTooLong', { max }) });
      setError({
        form: result.problem.message ? t('errorServer', { message: result.problem.message }) : t('errorGeneric'),
      });
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <section className="submissions-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('withdrawTitle')}</h3>
      <p>{t('withdrawLead')}</p>
      <form
        className="submissions-form"
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) ask();
        }}
      >
        <TextArea
          id={`${id}-reason`}
          name="note"
          label={t('withdrawReason')}
          hint={t('supplementNoteHint', { max })}
          rows={3}
          maxLength={SUBMISSION_LIMITS.noteLength}
          value={reason}
          error={error.field}
          disabled={busy}
          onChange={(event) => setReason(event.target.value)}
        />
        {error.form && (
          <Notice kind="error" role="alert">
            {error.form}
          </Notice>
        )}
        <div className="submissions-row">
          <Button type="submit" variant="danger" disabled={busy}>
            {t('withdrawButton')}
          </Button>
        </div>
        <p role="status" className="submissions-status">
          {busy ? t('sending') : ''}
        </p>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('withdrawConfirmTitle')}
        confirmLabel={t('withdrawConfirm')}
        cancelLabel={t('withdrawCancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('withdrawConfirmText', { reference: submission.reference, type: submission.typeName[locale] })}</p>
      </ConfirmDialog>
    </section>
  );
}
