import {
  type AccessLogEntry,
  type AccessLogPage,
  type AccessLogQuery,
  type AgendaList,
  type ApiRefusal,
  CONTACT_KINDS,
  type ComplaintReceipt,
  type ContactKind,
  type Contacts,
  type ContactView,
  type DocumentList,
  type DocumentView,
  type Locale,
  type LocalizedText,
  MY_DATA_API_PREFIX,
  REGISTERS,
  type RegisterAnswer,
  type RegisterId,
} from '@czp/contract';
import type { ServiceApiClient } from '@czp/remote-sdk';

/**
 * The "my data" API as this remote calls it (all below MY_DATA_API_PREFIX; the host's client adds it). The shapes are
 * the contract's; small guards check the answers' outline instead of zod, which stays off the browser's path (the
 * service bus validated every register answer in full before it left the server).
 */

/** A refusal of the server with its HTTP status (0 when the server was not reached). */
export interface ApiError extends ApiRefusal {
  status: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: ApiError };

type Guard<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isArrayOf = <T>(value: unknown, guard: Guard<T>): value is T[] => Array.isArray(value) && value.every(guard);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

export const isRegister = oneOf(REGISTERS);
const isText = (value: unknown): value is LocalizedText => isObject(value) && isString(value.cs) && isString(value.en);
const isDocumentState = oneOf<DocumentView['state']>(['valid', 'expiring', 'expired']);
const isReaderKind = oneOf(['portal', 'service', 'authority'] as const);
const isOutcome = oneOf<AccessLogEntry['outcome']>(['ok', 'failed', 'refused']);

const isRegisterAnswer =
  (register: RegisterId): Guard<RegisterAnswer> =>
  (value): value is RegisterAnswer =>
    isObject(value) && value.register === register && isObject(value.data) && isString(value.readAt);

const isDocument = (value: unknown): value is DocumentView =>
  isObject(value) &&
  isString(value.kind) &&
  isString(value.number) &&
  isString(value.validUntil) &&
  isString(value.issuedOn) &&
  isText(value.issuer) &&
  isDocumentState(value.state) &&
  isNumber(value.daysLeft) &&
  isRegister(value.register);
const isDocumentList: Guard<DocumentList> = (value): value is DocumentList =>
  isObject(value) && isArrayOf(value.documents, isDocument) && isArrayOf(value.unavailable, isRegister);

const isAgendaList: Guard<AgendaList> = (value): value is AgendaList =>
  isObject(value) &&
  isArrayOf(
    value.agendas,
    (agenda): agenda is AgendaList['agendas'][number] =>
      isObject(agenda) &&
      isString(agenda.code) &&
      isText(agenda.name) &&
      isArrayOf(agenda.holds, isText) &&
      isText(agenda.administrator),
  );

const isEntry = (value: unknown): value is AccessLogEntry =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.at) &&
  isObject(value.reader) &&
  isReaderKind(value.reader.kind) &&
  isString(value.reader.id) &&
  isText(value.reader.name) &&
  isRegister(value.register) &&
  isArrayOf(value.items, isString) &&
  isText(value.purpose) &&
  isOutcome(value.outcome) &&
  (value.refusal === undefined || isString(value.refusal));
const isAccessLogPage: Guard<AccessLogPage> = (value): value is AccessLogPage =>
  isObject(value) &&
  isArrayOf(value.entries, isEntry) &&
  isNumber(value.total) &&
  isNumber(value.page) &&
  isNumber(value.pageSize) &&
  isArrayOf(value.unavailable, isRegister);

const isContact = (value: unknown): value is ContactView | null =>
  value === null ||
  (isObject(value) &&
    isString(value.value) &&
    typeof value.verified === 'boolean' &&
    (value.verifiedAt === null || isString(value.verifiedAt)) &&
    (value.pendingUntil === null || isString(value.pendingUntil)) &&
    (value.pendingValue === undefined || value.pendingValue === null || isString(value.pendingValue)));
const isContacts: Guard<Contacts> = (value): value is Contacts =>
  isObject(value) && CONTACT_KINDS.every((kind) => isContact(value[kind]));

const isReceipt: Guard<ComplaintReceipt> = (value): value is ComplaintReceipt =>
  isObject(value) &&
  isString(value.messageId) &&
  isString(value.reference) &&
  isObject(value.editor) &&
  isString(value.editor.boxId) &&
  isText(value.editor.name);

const anything: Guard<unknown> = (_value): _value is unknown => true;

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function toResult<T>(request: Promise<Response>, guard: Guard<T>): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch {
    return { ok: false, problem: { status: 0, error: 'network', message: '' } };
  }
  const body = await readJson(response);
  if (!response.ok) {
    const problem: ApiError = { status: response.status, error: 'unknown', message: '' };
    if (isObject(body)) {
      if (isString(body.error)) problem.error = body.error;
      if (isString(body.message)) problem.message = body.message;
      if (isString(body.field)) problem.field = body.field;
    }
    return { ok: false, problem };
  }
  if (!guard(body)) return { ok: false, problem: { status: response.status, error: 'unexpected', message: '' } };
  return { ok: true, data: body };
}

/** The access log's filters as a query string (empty filters left out; page 1 is the default). */
export function accessLogSearch(query: AccessLogQuery, { withPage = true } = {}): string {
  const params = new URLSearchParams();
  if (query.register) params.set('register', query.register);
  if (query.reader) params.set('reader', query.reader);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (withPage && query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The export of the access log with the same filters, in the page's language (a plain link: the browser downloads it). */
export function accessLogExportHref(format: 'csv' | 'pdf', query: AccessLogQuery, locale: Locale): string {
  const search = accessLogSearch(query, { withPage: false });
  return `${MY_DATA_API_PREFIX}/access-log.${format}${search ? `${search}&` : '?'}locale=${locale}`;
}

/** The fields of a data-related complaint; the attachment goes as `attachment`. */
export interface ComplaintForm {
  register: RegisterId;
  item: string;
  problem: string;
  correctValue: string;
  attachment: File | null;
}

export function complaintFormData(form: ComplaintForm): FormData {
  const data = new FormData();
  data.append('register', form.register);
  data.append('item', form.item);
  data.append('problem', form.problem);
  data.append('correctValue', form.correctValue);
  if (form.attachment) data.append('attachment', form.attachment, form.attachment.name);
  return data;
}

/** Typed calls of the "my data" API. */
export function myDataApi(api: ServiceApiClient) {
  const id = encodeURIComponent;
  return {
    /** One register's data for a portal section (the read is logged under that section). */
    register: <R extends RegisterId>(register: R, section: 'data' | 'profile' = 'data') =>
      toResult(api.get(`/registers/${register}?section=${section}`), isRegisterAnswer(register)) as Promise<
        Result<RegisterAnswer<R>>
      >,
    documents: () => toResult(api.get('/documents'), isDocumentList),
    agendas: () => toResult(api.get('/agendas'), isAgendaList),
    accessLog: (query: AccessLogQuery) => toResult(api.get(`/access-log${accessLogSearch(query)}`), isAccessLogPage),
    contacts: () => toResult(api.get('/contacts'), isContacts),
    setContact: (kind: ContactKind, value: string) =>
      toResult(api.send('PUT', `/contacts/${id(kind)}`, { value }), isContacts),
    verifyContact: (kind: ContactKind, code: string) =>
      toResult(api.send('POST', `/contacts/${id(kind)}/verify`, { code }), isContacts),
    removeContact: (kind: ContactKind) => toResult(api.send('DELETE', `/contacts/${id(kind)}`), anything),
    complain: (data: FormData) => toResult(api.send('POST', '/complaints', data), isReceipt),
  };
}

export type MyDataApi = ReturnType<typeof myDataApi>;
