import {
  type Contacts,
  type DocumentRecord,
  REGISTER_INFO,
  REGISTERS,
  type RegisterAnswer,
  type RegisterId,
} from '@czp/contract';
import { Notice } from '@czp/design-system';
import { RegisterDataPanel, type RegisterDataRow } from '@czp/design-system/content';
import { useHostState, useServicePath, useTranslator } from '@czp/remote-sdk';
import { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import type { ApiError } from './api.js';
import { photoSource } from './format.js';
import { type MessageKey, messages } from './messages.js';
import { documentRows, formatDay, registerRows } from './panels.js';
import { paths } from './routes.js';
import { Button, type Loaded, ServiceLink, useLoad, useMyDataApi, useNavigate, ViewHeading } from './shared.js';

type Answers = { [R in RegisterId]: Loaded<RegisterAnswer<R>> };
const loading = () => Object.fromEntries(REGISTERS.map((r) => [r, { state: 'loading' }])) as Answers;

/**
 * Every register read by its own request, all at once: a slow or failing register holds up only its own panel, and
 * its retry reads that register alone.
 */
function useRegisterAnswers(): { answers: Answers; retry: (register: RegisterId) => void } {
  const api = useMyDataApi();
  const [answers, setAnswers] = useState<Answers>(loading);

  const read = useCallback(
    (register: RegisterId, isCurrent: () => boolean) => {
      setAnswers((all) => ({ ...all, [register]: { state: 'loading' } }));
      void api.register(register).then((result) => {
        if (!isCurrent()) return;
        const next: Loaded<RegisterAnswer> = result.ok
          ? { state: 'ready', data: result.data }
          : { state: 'failed', problem: result.problem };
        setAnswers((all) => ({ ...all, [register]: next }));
      });
    },
    [api],
  );

  useEffect(() => {
    let current = true;
    for (const register of REGISTERS) read(register, () => current);
    return () => {
      current = false;
    };
  }, [read]);

  return { answers, retry: (register) => read(register, () => true) };
}

/** The DATA tab: one panel per register in the order of the portal's presentation. */
export function DataPage() {
  const { t } = useTranslator(messages);
  const { answers, retry } = useRegisterAnswers();
  const api = useMyDataApi();
  const contacts = useLoad(() => api.contacts(), [api]);

  const panel = (register: RegisterId, title: MessageKey) => (
    <RegisterPanel register={register} title={t(title)} answer={answers[register]} onRetry={() => retry(register)} />
  );

  return (
    <div className="my-data">
      <ViewHeading>{t('dataTitle')}</ViewHeading>
      <p>
        {t('dataLead')} <ServiceLink to={paths.accessLog}>{t('whoUsedLink')}</ServiceLink>
      </p>
      <BasicDataPanel residents={answers.residents} />
      {panel('residents', 'panelResidents')}
      {panel('persons', 'panelPersons')}
      <ContactsPanel contacts={contacts} />
      <DocumentsPanel residents={answers.residents} drivers={answers.drivers} />
      <FurtherInformationPanel />
      <AgendasPanel />
      {panel('cadastre', 'panelCadastre')}
      {panel('drivers', 'panelDrivers')}
      {panel('trade', 'panelTrade')}
      {panel('health', 'panelHealth')}
    </div>
  );
}

function sourceOf(t: ReturnType<typeof useTranslator<MessageKey>>, register: RegisterId): string {
  const info = REGISTER_INFO[register];
  return `${info.name[t.locale]} (${info.abbreviation[t.locale]})`;
}

function useComplaint(register: RegisterId, item?: string) {
  const { t } = useTranslator(messages);
  const { href } = useServicePath();
  const navigate = useNavigate();
  return { label: t('complaint'), href: href(paths.complaint(register, item)), onNavigate: navigate };
}

/**
 * A panel that is not filled (yet): labelled by its title like a filled one, with the register it waits for, and
 * either a quiet "loading" or the register's failure with a retry of this register only.
 */
function PendingPanel({
  title,
  source,
  problem,
  onRetry,
}: {
  title: string;
  source: string;
  problem?: ApiError;
  onRetry?: () => void;
}) {
  const { t } = useTranslator(messages);
  const titleId = useId();
  return (
    <RegisterDataPanel
      title={title}
      headingLevel={3}
      sourceLabel={t('source')}
      source={source}
      emptyText={t('empty')}
      titleId={titleId}
      busy={!problem}
    >
      {problem ? (
        // An alert once, when the failure arrives: the other panels keep filling quietly.
        <Notice kind="error" role="alert" title={t('registerFailedTitle', { register: source })}>
          <p>{t(problem.error === 'register-unavailable' ? 'registerUnavailable' : 'registerFailed')}</p>
          {onRetry && (
            <Button size="s" onClick={onRetry} describedBy={titleId}>
              {t('retry')}
            </Button>
          )}
        </Notice>
      ) : (
        <p>{t('registerLoading')}</p>
      )}
    </RegisterDataPanel>
  );
}

function RegisterPanel<R extends RegisterId>({
  register,
  title,
  answer,
  onRetry,
}: {
  register: R;
  title: string;
  answer: Loaded<RegisterAnswer<R>>;
  onRetry: () => void;
}) {
  const translator = useTranslator(messages);
  const { t } = translator;
  const complaint = useComplaint(register);
  const source = sourceOf(translator, register);
  if (answer.state !== 'ready') {
    return (
      <PendingPanel
        title={title}
        source={source}
        {...(answer.state === 'failed' ? { problem: answer.problem, onRetry } : {})}
      />
    );
  }
  const rows = registerRows(translator, register, answer.data.data);
  const panel = (
    <RegisterDataPanel
      title={title}
      headingLevel={3}
      sourceLabel={t('source')}
      source={source}
      rows={rows}
      emptyText={t('empty')}
      complaint={complaint}
    />
  );
  if (register !== 'residents') return panel;
  return <WithPhoto answer={answer.data as RegisterAnswer<'residents'>}>{panel}</WithPhoto>;
}

/** The state-registered photo beside the register of residents' panel. */
function WithPhoto({ answer, children }: { answer: RegisterAnswer<'residents'>; children: ReactNode }) {
  const { t } = useTranslator(messages);
  const photo = answer.data.photo;
  const src = photo ? photoSource(photo) : null;
  const name = answer.data.name ? `${answer.data.name.givenName} ${answer.data.name.familyName}` : '';
  return (
    <div className="my-data-with-photo">
      {children}
      <figure className="my-data-photo">
        {src ? (
          <img src={src} alt={t('photoAlt', { name })} width={120} height={160} />
        ) : (
          <p className="my-data-photo__none">{t('photoNone')}</p>
        )}
        <figcaption>{t('photoCaption')}</figcaption>
      </figure>
    </div>
  );
}

/** Basic data: who is signed in and how, with the date of birth from the register of residents. */
function BasicDataPanel({ residents }: { residents: Loaded<RegisterAnswer<'residents'>> }) {
  const translator = useTranslator(messages);
  const { t } = translator;
  const { person } = useHostState();
  const complaint = useComplaint('residents', 'name');
  const birth = residents.state === 'ready' ? residents.data.data.birth?.date : undefined;
  const rows: RegisterDataRow[] = [
    { label: t('name'), value: person?.name ?? null },
    birth ? { label: t('birthDate'), value: formatDay(translator, birth), dateTime: birth } : { label: t('birthDate') },
    { label: t('loginLevel'), value: person ? t(`level_${person.levelOfAssurance}`) : null },
  ];
  return (
    <RegisterDataPanel
      title={t('panelBasic')}
      headingLevel={3}
      sourceLabel={t('source')}
      source={t('sourceIdentity')}
      rows={rows}
      emptyText={residents.state === 'loading' ? t('registerLoading') : t('empty')}
      complaint={complaint}
    />
  );
}

/** Data for communication: the contacts the citizen keeps in PROFILE (no register holds them, so no complaint). */
function ContactsPanel({ contacts }: { contacts: Loaded<Contacts> & { retry: () => void } }) {
  const { t } = useTranslator(messages);
  const contactValue = (kind: 'email' | 'phone') => {
    if (contacts.state !== 'ready') return null;
    const contact = contacts.data[kind];
    if (!contact) return null;
    const state = contact.verified ? 'contactVerified' : contact.pendingUntil ? 'contactPending' : 'contactUnverified';
    return `${contact.value} (${t(state)})`;
  };
  if (contacts.state === 'failed') {
    return (
      <PendingPanel
        title={t('panelContacts')}
        source={t('sourcePortal')}
        problem={contacts.problem}
        onRetry={contacts.retry}
      />
    );
  }
  return (
    <div className="my-data-linked">
      <RegisterDataPanel
        title={t('panelContacts')}
        headingLevel={3}
        sourceLabel={t('source')}
        source={t('sourcePortal')}
        rows={[
          { label: t('email'), value: contactValue('email') },
          { label: t('phone'), value: contactValue('phone') },
        ]}
        emptyText={contacts.state === 'loading' ? t('registerLoading') : t('contactNone')}
      />
      <p className="my-data-linked__link">
        <ServiceLink to={paths.profile}>{t('contactsEdit')}</ServiceLink>
      </p>
    </div>
  );
}

/** The documents the registers of residents and of drivers answered with, and the way to DOCUMENTS. */
function DocumentsPanel({
  residents,
  drivers,
}: {
  residents: Loaded<RegisterAnswer<'residents'>>;
  drivers: Loaded<RegisterAnswer<'drivers'>>;
}) {
  const translator = useTranslator(messages);
  const { t, locale } = translator;
  const complaint = useComplaint('residents', 'documents');
  const documents: DocumentRecord[] = [
    ...(residents.state === 'ready' ? (residents.data.data.documents ?? []) : []),
    ...(drivers.state === 'ready' && drivers.data.data.licence ? [drivers.data.data.licence] : []),
  ];
  const waiting = residents.state === 'loading' || drivers.state === 'loading';
  const missing = (['residents', 'drivers'] as const).filter(
    (r) => (r === 'residents' ? residents : drivers).state === 'failed',
  );
  const rows = documents.length > 0 ? documentRows(translator, documents) : [{ label: t('panelDocuments') }];
  return (
    <div className="my-data-linked">
      <RegisterDataPanel
        title={t('panelDocuments')}
        headingLevel={3}
        sourceLabel={t('source')}
        source={`${sourceOf(translator, 'residents')}, ${sourceOf(translator, 'drivers')}`}
        rows={rows}
        emptyText={waiting ? t('registerLoading') : t('noDocuments')}
        complaint={complaint}
      />
      {missing.length > 0 && (
        <p className="my-data-linked__note">
          {t('documentsMissing', { registers: missing.map((r) => REGISTER_INFO[r].name[locale]).join(', ') })}
        </p>
      )}
      <p className="my-data-linked__link">
        <ServiceLink to={paths.documents}>{t('documentsLink')}</ServiceLink>
      </p>
    </div>
  );
}

/** Further information: where the data come from, how a read is recorded, what a complaint does. */
function FurtherInformationPanel() {
  const { t } = useTranslator(messages);
  return (
    <RegisterDataPanel title={t('panelFurther')} headingLevel={3} emptyText={t('empty')}>
      <p>{t('furtherSources')}</p>
      <p>
        {t('furtherLog')} <ServiceLink to={paths.accessLog}>{t('whoUsedLink')}</ServiceLink>
      </p>
      <p>{t('furtherComplaint')}</p>
    </RegisterDataPanel>
  );
}

/** Where the state keeps my data: the way to the agendas of the register of rights and obligations. */
function AgendasPanel() {
  const { t } = useTranslator(messages);
  return (
    <RegisterDataPanel title={t('panelAgendas')} headingLevel={3} emptyText={t('empty')}>
      <p>{t('agendasLead')}</p>
      <p>
        <ServiceLink to={paths.agendas}>{t('agendasLink')}</ServiceLink>
      </p>
    </RegisterDataPanel>
  );
}
