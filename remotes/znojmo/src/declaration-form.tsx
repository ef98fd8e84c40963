import type { SubmissionDetail } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { CheckboxField, ErrorSummary, TextField, useErrorSummary } from '@czp/design-system/forms';
import { submit, useHost, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, type MouseEvent, type ReactNode, useId, useState } from 'react';
import {
  ADDRESS_RULE,
  checkDeclaration,
  DECLARATION_ATTACHMENTS,
  DECLARATION_TYPE,
  DOG_COUNT,
  DOG_FIELDS,
  DOG_RULES,
  type DogField,
  dogKey,
  emptyDog,
  type RawDog,
} from './declaration.js';
import { type AttachmentError, checkAttachments, checkField, type FieldError, fieldOfPointer } from './form-checks.js';
import { messages } from './messages.js';

type MessageKey = keyof (typeof messages)['cs'];

const COUNT = 'count';
const ADDRESS = 'keepingAddress';
const PENSIONER = 'pensioner';
const ATTACHMENTS = 'attachments';
const COUNT_RULE = { kind: 'integer', required: true, minimum: DOG_COUNT.min, maximum: DOG_COUNT.max } as const;

/** A field's problem: found by the browser's checks, named by the portal, or about the files. */
type Problem = { error: FieldError } | { server: true } | { attachments: AttachmentError };

const TEXT_ERROR: Record<FieldError, MessageKey> = {
  required: 'errorFill',
  tooShort: 'errorTooShort',
  tooLong: 'errorTooLong',
  pattern: 'errorInvalid',
  date: 'errorDate',
  whole: 'errorInvalid',
  tooSmall: 'errorInvalid',
  tooLarge: 'errorInvalid',
  choice: 'errorInvalid',
  email: 'errorInvalid',
};
const DOG_LABEL: Record<DogField, MessageKey> = {
  name: 'dogName',
  breed: 'dogBreed',
  birthYear: 'dogBirthYear',
  chip: 'dogChip',
  keptSince: 'dogKeptSince',
};
const DOG_HINT: Partial<Record<DogField, MessageKey>> = { birthYear: 'dogBirthYearHint', chip: 'dogChipHint' };
const ATTACHMENT_ERROR: Record<AttachmentError, MessageKey> = {
  tooMany: 'errorTooManyFiles',
  tooLarge: 'errorFileTooLarge',
  fileType: 'errorFileType',
};
const SERVER_ATTACHMENT_ERROR: Record<string, AttachmentError> = {
  'too-many-attachments': 'tooMany',
  'attachment-too-large': 'tooLarge',
  'attachment-type': 'fileType',
};
const GENERAL_ERROR: Record<string, MessageKey> = {
  network: 'sendNetwork',
  'signed-out': 'sendSignedOut',
  'consent-required': 'sendConsent',
  'level-too-low': 'sendLevel',
  'no-data-box': 'sendNoDataBox',
};

/** Where PODÁNÍ shows one submission (the portal's submissions service). */
const submissionHref = (id: string) => `/services/submissions/${encodeURIComponent(id)}`;
/** The data box, opened at the submission's conversation. */
const conversationHref = (conversationId: string) =>
  `/services/data-box?conversation=${encodeURIComponent(conversationId)}`;

const parseDogKey = (key: string): { index: number; field: DogField } | null => {
  const match = /^dogs\.(\d+)\.(\w+)$/.exec(key);
  if (!match || !DOG_FIELDS.includes(match[2] as DogField)) return null;
  return { index: Number(match[1]), field: match[2] as DogField };
};

function PortalLink({ href, children }: { href: string; children: ReactNode }) {
  const host = useHost();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    host.navigate(href);
  };
  return (
    <a href={href} onClick={go}>
      {children}
    </a>
  );
}

export interface DeclarationStart {
  /** The calculator's number of dogs (at least one). */
  dogs: number;
  /** The calculator's pensioner box. */
  pensioner: boolean;
}

/**
 * The declaration for the dog fee, prefilled from the calculator: the dogs, where they are kept, the pensioner's rate
 * and its proof; checked in the browser by the rules of the declared schema and submitted with `submit()`.
 */
export function DeclarationForm({ start }: { start: DeclarationStart }) {
  const { t, formatNumber } = useTranslator(messages);
  const host = useHost();
  const id = useId();
  const initialCount = Math.min(Math.max(start.dogs, DOG_COUNT.min), DOG_COUNT.max);
  const [countText, setCountText] = useState(String(initialCount));
  const [shown, setShown] = useState(initialCount);
  const [dogs, setDogs] = useState<RawDog[]>(() => Array.from({ length: initialCount }, emptyDog));
  const [address, setAddress] = useState('');
  const [pensioner, setPensioner] = useState(start.pensioner);
  const [files, setFiles] = useState<{ key: string; file: File }[]>([]);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<SubmissionDetail | null>(null);
  // One key for this declaration, kept across its retries: the portal makes the submission once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const dogKeys = Array.from({ length: shown }, (_, index) => DOG_FIELDS.map((field) => dogKey(index, field))).flat();
  const names = [COUNT, ...dogKeys, ADDRESS, PENSIONER, ATTACHMENTS];

  const problemText = (name: string): string | undefined => {
    const problem = problems[name];
    if (!problem) return undefined;
    if ('server' in problem) return t('errorServer');
    if ('attachments' in problem) {
      return t(ATTACHMENT_ERROR[problem.attachments], {
        max: formatNumber(DECLARATION_ATTACHMENTS.max),
        size: formatNumber(DECLARATION_ATTACHMENTS.maxBytes / 1024 / 1024),
      });
    }
    const { error } = problem;
    if (name === COUNT) {
      return error === 'required'
        ? t('errorFill')
        : t('errorCount', { min: formatNumber(DOG_COUNT.min), max: formatNumber(DOG_COUNT.max) });
    }
    const dog = parseDogKey(name);
    if (dog?.field === 'birthYear') return t('errorYear');
    if (dog?.field === 'chip' && error !== 'required') return t('errorChip');
    const rule = dog ? DOG_RULES[dog.field] : ADDRESS_RULE;
    return t(TEXT_ERROR[error], {
      min: formatNumber(rule.kind === 'text' ? (rule.minLength ?? 1) : 0),
      max: formatNumber(rule.kind === 'text' ? rule.maxLength : 0),
    });
  };
  const label = (name: string) => {
    const dog = parseDogKey(name);
    if (dog) return `${t('dogLegend', { n: formatNumber(dog.index + 1) })}, ${t(DOG_LABEL[dog.field])}`;
    const labels: Record<string, MessageKey> = {
      [COUNT]: 'declareCount',
      [ADDRESS]: 'keepingAddress',
      [PENSIONER]: 'declarePensioner',
      [ATTACHMENTS]: 'attachments',
    };
    return t(labels[name] ?? 'declareTitle');
  };
  const summary = useErrorSummary({ fields: names, idPrefix: id, errorText: problemText, label });

  const changeCount = (text: string) => {
    setCountText(text);
    const parsed = checkField(COUNT_RULE, text);
    if (parsed.ok && typeof parsed.value === 'number') {
      const count = parsed.value;
      setShown(count);
      // Rows beyond the count are kept (not sent), so lowering the count and raising it again loses nothing typed.
      setDogs((previous) =>
        previous.length >= count
          ? previous
          : [...previous, ...Array.from({ length: count - previous.length }, emptyDog)],
      );
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setGeneral(null);
    const found: Record<string, Problem> = {};
    const count = checkField(COUNT_RULE, countText);
    if (!count.ok) found[COUNT] = { error: count.error };
    const checked = checkDeclaration({ dogs: dogs.slice(0, shown), keepingAddress: address, pensioner });
    if (!checked.ok) for (const [key, error] of Object.entries(checked.errors)) found[key] = { error };
    const fileProblem = checkAttachments(
      DECLARATION_ATTACHMENTS,
      files.map((chosen) => chosen.file),
    );
    if (fileProblem) found[ATTACHMENTS] = { attachments: fileProblem };
    if (!checked.ok || Object.keys(found).length > 0) {
      setProblems(found);
      summary.submitFailed();
      return;
    }
    setProblems({});
    setSending(true);
    const result = await submit(host.api, DECLARATION_TYPE, checked.data, {
      attachments: files.map((chosen) => chosen.file),
      idempotencyKey,
    });
    setSending(false);
    if (result.ok) {
      setDone(result.submission);
      return;
    }
    if (result.field === ATTACHMENTS) {
      setProblems({ [ATTACHMENTS]: { attachments: SERVER_ATTACHMENT_ERROR[result.error] ?? 'fileType' } });
      summary.submitFailed();
      return;
    }
    const field = fieldOfPointer(result.field);
    // `/dogs` itself (too few, too many) is the count's problem.
    const key = field === 'dogs' ? COUNT : field;
    if (result.status === 400 && key && names.includes(key)) {
      setProblems({ [key]: { server: true } });
      summary.submitFailed();
      return;
    }
    setGeneral(GENERAL_ERROR[result.error] ?? 'sendFailed');
  };

  if (done) {
    return (
      <Notice kind="success" role="status" title={t('sentTitle')}>
        <p>{t('sentReference', { reference: done.reference })}</p>
        <ul>
          <li>
            <PortalLink href={submissionHref(done.id)}>{t('sentFollow')}</PortalLink>
          </li>
          <li>
            <PortalLink href={conversationHref(done.conversationId)}>{t('sentConversation')}</PortalLink>
          </li>
        </ul>
      </Notice>
    );
  }

  const dogField = (index: number, field: DogField) => {
    const key = dogKey(index, field);
    const rule = DOG_RULES[field];
    const hint = DOG_HINT[field];
    return (
      <TextField
        key={key}
        id={summary.fieldId(key)}
        name={key}
        label={t(DOG_LABEL[field])}
        hint={hint ? t(hint) : undefined}
        required={rule.required}
        type={rule.kind === 'date' ? 'date' : 'text'}
        inputMode={field === 'chip' || field === 'birthYear' ? 'numeric' : undefined}
        autoComplete="off"
        width={rule.kind === 'text' && field !== 'chip' ? 'full' : 'm'}
        value={dogs[index]?.[field] ?? ''}
        error={problemText(key)}
        onChange={(event) => {
          const value = event.target.value;
          setDogs((previous) => previous.map((dog, i) => (i === index ? { ...dog, [field]: value } : dog)));
        }}
      />
    );
  };

  return (
    <form className="znojmo-form" noValidate onSubmit={send} aria-busy={sending || undefined}>
      <ErrorSummary title={t('errorSummary')} headingLevel={4} {...summary.props} />
      {general && (
        <Notice kind="error" role="alert">
          {t(general)}
        </Notice>
      )}
      <TextField
        id={summary.fieldId(COUNT)}
        name={COUNT}
        label={t('declareCount')}
        required
        inputMode="numeric"
        autoComplete="off"
        width="s"
        value={countText}
        error={problemText(COUNT)}
        onChange={(event) => changeCount(event.target.value)}
      />
      {Array.from({ length: shown }, (_, index) => (
        // Dogs have no id of their own until they are declared: the position is what the portal names (/dogs/0).
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions, reordered never
        <fieldset key={index} className="znojmo-dog">
          <legend>{t('dogLegend', { n: formatNumber(index + 1) })}</legend>
          {DOG_FIELDS.map((field) => dogField(index, field))}
        </fieldset>
      ))}
      <TextField
        id={summary.fieldId(ADDRESS)}
        name={ADDRESS}
        label={t('keepingAddress')}
        hint={t('keepingAddressHint')}
        required
        autoComplete="street-address"
        value={address}
        error={problemText(ADDRESS)}
        onChange={(event) => setAddress(event.target.value)}
      />
      <CheckboxField
        id={summary.fieldId(PENSIONER)}
        name={PENSIONER}
        label={t('declarePensioner')}
        checked={pensioner}
        error={problemText(PENSIONER)}
        onChange={(event) => setPensioner(event.target.checked)}
      />
      <AttachmentPicker
        id={summary.fieldId(ATTACHMENTS)}
        name={ATTACHMENTS}
        label={t('attachments')}
        chooseLabel={t('attachmentsChoose')}
        hint={t('attachmentsHint')}
        accept={DECLARATION_ATTACHMENTS.mediaTypes.join(',')}
        error={problemText(ATTACHMENTS)}
        filesLabel={t('attachmentsChosen')}
        removeLabel={t('attachmentsRemove')}
        files={files.map(({ key, file }) => ({
          key,
          name: file.name,
          size: `${formatNumber(Math.max(1, Math.round(file.size / 1024)))} kB`,
        }))}
        onChoose={(chosen) =>
          setFiles((previous) => [...previous, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))])
        }
        onRemove={(key) => setFiles((previous) => previous.filter((chosen) => chosen.key !== key))}
      />
      <div>
        <GovButton nativeType="submit" type="solid" color="primary" disabled={sending}>
          {sending ? t('sending') : t('send')}
        </GovButton>
      </div>
    </form>
  );
}
