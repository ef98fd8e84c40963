import {
  COMPLAINT_LIMITS,
  type ComplaintReceipt,
  controlMessage,
  isVisibleText,
  REGISTER_INFO,
  REGISTER_ITEMS,
  REGISTERS,
  type RegisterId,
  textProblem,
} from '@czp/contract';
import { isPlainLeftClick, Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { ErrorSummary, SelectField, TextArea, TextField } from '@czp/design-system/forms';
import { useHost, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, complaintFormData, isRegister } from './api.js';
import { formatSize } from './format.js';
import { messages } from './messages.js';
import { itemLabel } from './panels.js';
import { isItemOf, paths } from './routes.js';
import { Button, ServiceLink, useMyDataApi, ViewHeading } from './shared.js';

/** The data box's Sent folder (remotes/data-box/src/routes.ts: `/<folder>` below /services/data-box). */
const DATA_BOX_SENT = '/services/data-box/sent';

type Field = 'register' | 'item' | 'problem' | 'correctValue' | 'attachment';
const FIELDS: readonly Field[] = ['register', 'item', 'problem', 'correctValue', 'attachment'];
type Errors = Partial<Record<Field | 'form', string>>;

const isField = (value: string | undefined): value is Field => FIELDS.includes(value as Field);

type Outcome =
  | { kind: 'form' }
  | { kind: 'sent'; receipt: ComplaintReceipt }
  | { kind: 'no-data-box'; register: RegisterId };

/** SEND A DATA-RELATED COMPLAINT: what is wrong with an item, delivered to the register's editor's data box. */
export function ComplaintPage({
  register: initialRegister,
  item: initialItem,
}: {
  register?: RegisterId;
  item?: string;
}) {
  const translator = useTranslator(messages);
  const { t, formatNumber, locale } = translator;
  const api = useMyDataApi();
  const id = useId();
  const [register, setRegister] = useState<string>(initialRegister ?? '');
  const [item, setItem] = useState(initialItem ?? '');
  const [problem, setProblem] = useState('');
  const [correctValue, setCorrectValue] = useState('');
  const [attachment, setAttachment] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<{ errors: Errors; attempt: number }>({ errors: {}, attempt: 0 });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'form' });
  const fieldId = (name: Field) => `${id}-${name}`;

  const chosen = isRegister(register) ? register : null;
  const itemOptions = chosen
    ? (Object.keys(REGISTER_ITEMS[chosen]) as string[]).map((name) => ({
        value: name,
        label: itemLabel(translator, chosen, name as never),
      }))
    : [];

  const fileError = (file: File | null) =>
    file && file.size > COMPLAINT_LIMITS.fileBytes ? t('errorFileTooLarge', { name: file.name }) : undefined;

  const validate = (): Errors => {
    const found: Errors = {};
    if (!chosen) found.register = t('errorRegister');
    if (!chosen || !isItemOf(chosen, item)) found.item = t('errorItem');
    if (textProblem(problem) === 'control') found.problem = t('errorControl');
    else if (!isVisibleText(problem)) found.problem = t('errorProblem');
    else if (problem.trim().length > COMPLAINT_LIMITS.problemLength) {
      found.problem = t('errorTooLong', { max: formatNumber(COMPLAINT_LIMITS.problemLength) });
    }
    if (textProblem(correctValue) === 'control') found.correctValue = t('errorControl');
    else if (correctValue.trim().length > COMPLAINT_LIMITS.correctValueLength) {
      found.correctValue = t('errorTooLong', { max: formatNumber(COMPLAINT_LIMITS.correctValueLength) });
    }
    const file = fileError(attachment);
    if (file) found.attachment = file;
    return found;
  };

  const show = (found: Errors) => {
    setErrors(found);
    setSummary((last) => ({ errors: found, attempt: last.attempt + 1 }));
  };

  /** The server's words are English: the refusals this form knows are said in the page's language instead. */
  const fieldRefusal = (field: Field, refusal: ApiError): string => {
    if (refusal.message === controlMessage(field)) return t('errorControl');
    const tooLong = /at most/i.test(refusal.message);
    if (field === 'register') return t('errorRegister');
    if (field === 'item') return t('errorItem');
    if (field === 'problem') {
      return tooLong ? t('errorTooLong', { max: formatNumber(COMPLAINT_LIMITS.problemLength) }) : t('errorProblem');
    }
    if (refusal.error === 'attachment-type') return t('errorFileType', { name: attachment?.name ?? '' });
    if (refusal.error === 'attachment-too-large') return t('errorFileTooLarge', { name: attachment?.name ?? '' });
    if (field === 'correctValue' && tooLong) {
      return t('errorTooLong', { max: formatNumber(COMPLAINT_LIMITS.correctValueLength) });
    }
    return refusal.message || t('errorGeneric');
  };

  const showProblem = (refusal: ApiError, target: RegisterId) => {
    if (refusal.status === 403 && refusal.error === 'no-data-box') {
      setOutcome({ kind: 'no-data-box', register: target });
      return;
    }
    const field = refusal.field?.split('.')[0];
    if (refusal.status === 413) return show({ attachment: t('errorFileTooLarge', { name: attachment?.name ?? '' }) });
    if (isField(field)) return show({ [field]: fieldRefusal(field, refusal) });
    show({ form: refusal.message ? t('errorServer', { message: refusal.message }) : t('errorGeneric') });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    show(found);
    if (FIELDS.some((field) => found[field]) || !chosen) return;
    setBusy(true);
    try {
      const result = await api.complain(
        complaintFormData({
          register: chosen,
          item,
          problem: problem.trim(),
          correctValue: correctValue.trim(),
          attachment,
        }),
      );
      if (!result.ok) return showProblem(result.problem, chosen);
      setOutcome({ kind: 'sent', receipt: result.data });
    } finally {
      setBusy(false);
    }
  };

  if (outcome.kind === 'sent') return <Sent receipt={outcome.receipt} />;
  if (outcome.kind === 'no-data-box') return <NoDataBox register={outcome.register} />;

  return (
    <div className="my-data">
      <ViewHeading>{t('complaintTitle')}</ViewHeading>
      <p>{t('complaintLead')}</p>
      {chosen && <p>{t('complaintTo', { editor: REGISTER_INFO[chosen].editor.name[locale] })}</p>}
      <ErrorSummary
        title={t('errorSummary')}
        headingLevel={3}
        focusKey={summary.attempt}
        errors={FIELDS.flatMap((field) => {
          const text = summary.errors[field];
          return text ? [{ fieldId: fieldId(field), text }] : [];
        })}
      />
      <form className="my-data-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <SelectField
          id={fieldId('register')}
          name="register"
          label={t('complaintRegister')}
          placeholder={t('chooseRegister')}
          options={REGISTERS.map((r) => ({ value: r, label: REGISTER_INFO[r].name[locale] }))}
          required
          value={register}
          error={errors.register}
          onChange={(event) => {
            setRegister(event.target.value);
            setItem('');
          }}
        />
        <SelectField
          id={fieldId('item')}
          name="item"
          label={t('complaintItem')}
          placeholder={t('chooseItem')}
          options={itemOptions}
          required
          disabled={!chosen}
          value={item}
          error={errors.item}
          onChange={(event) => setItem(event.target.value)}
        />
        <TextArea
          id={fieldId('problem')}
          name="problem"
          label={t('complaintProblem')}
          hint={t('complaintProblemHint')}
          required
          rows={6}
          maxLength={COMPLAINT_LIMITS.problemLength}
          value={problem}
          error={errors.problem}
          onChange={(event) => setProblem(event.target.value)}
        />
        <TextField
          id={fieldId('correctValue')}
          name="correctValue"
          label={t('complaintCorrect')}
          hint={t('complaintCorrectHint')}
          maxLength={COMPLAINT_LIMITS.correctValueLength}
          value={correctValue}
          error={errors.correctValue}
          onChange={(event) => setCorrectValue(event.target.value)}
        />
        <AttachmentPicker
          id={fieldId('attachment')}
          name="attachment"
          label={t('complaintAttachment')}
          chooseLabel={t('chooseFile')}
          hint={t('complaintAttachmentHint', { size: formatSize(COMPLAINT_LIMITS.fileBytes, formatNumber) })}
          error={errors.attachment}
          multiple={false}
          files={
            attachment
              ? [{ key: 'attachment', name: attachment.name, size: formatSize(attachment.size, formatNumber) }]
              : []
          }
          filesLabel={t('chosenFile')}
          removeLabel={t('remove')}
          onChoose={(files) => {
            const file = files[0] ?? null;
            setAttachment(file);
            setErrors({ ...errors, attachment: fileError(file) });
          }}
          onRemove={() => {
            setAttachment(null);
            setErrors({ ...errors, attachment: undefined });
          }}
        />
        {errors.form && (
          <Notice kind="error" role="alert">
            {errors.form}
          </Notice>
        )}
        <div className="my-data-row">
          <Button type="submit" variant="primary" disabled={busy}>
            {t('complaintSend')}
          </Button>
          <ServiceLink to={paths.data}>{t('backToData')}</ServiceLink>
        </div>
        <p role="status" className="my-data-status">
          {busy ? t('sending') : ''}
        </p>
      </form>
    </div>
  );
}

function Sent({ receipt }: { receipt: ComplaintReceipt }) {
  const { t, locale } = useTranslator(messages);
  const host = useHost();
  return (
    <div className="my-data">
      <ViewHeading>{t('complaintSentTitle')}</ViewHeading>
      <Notice kind="success" role="status" title={t('complaintSent', { reference: receipt.reference })}>
        <p>{t('complaintSentText', { editor: receipt.editor.name[locale] })}</p>
      </Notice>
      <p className="my-data-row">
        <a
          href={DATA_BOX_SENT}
          onClick={(event) => {
            if (!isPlainLeftClick(event)) return;
            event.preventDefault();
            host.navigate(DATA_BOX_SENT);
          }}
        >
          {t('complaintSentLink')}
        </a>
        <ServiceLink to={paths.data}>{t('backToData')}</ServiceLink>
      </p>
    </div>
  );
}

/** Without a data box the complaint cannot go from here: where else the citizen can complain. */
function NoDataBox({ register }: { register: RegisterId }) {
  const { t, locale } = useTranslator(messages);
  const editor = REGISTER_INFO[register].editor.name[locale];
  return (
    <div className="my-data">
      <ViewHeading>{t('noDataBoxTitle')}</ViewHeading>
      <Notice kind="warning" title={t('noDataBoxLead')}>
        <p>{t('noDataBoxText')}</p>
      </Notice>
      <ul>
        <li>{t('noDataBoxEditor', { editor })}</li>
        <li>{t('noDataBoxCzechPoint')}</li>
        <li>{t('noDataBoxSetUp')}</li>
      </ul>
      <p>
        <ServiceLink to={paths.data}>{t('backToData')}</ServiceLink>
      </p>
    </div>
  );
}
