import {
  type ApiRefusal,
  type Conversation,
  type LocalizedText,
  type MessageView,
  SUBMISSION_STATES,
  type SubmissionAttachment,
  type SubmissionChange,
  type SubmissionDetail,
  type SubmissionHistoryEntry,
  type SubmissionList,
  type SubmissionState,
  type SubmissionSummary,
} from '@czp/contract';
import type { ServiceApiClient } from '@czp/remote-sdk';

/**
 * PODÁNÍ's API as this remote calls it: the citizen's submissions below /api/services/submissions/submissions (the
 * host's client adds /api/services/submissions; the server's section routes answer as /api/submissions does). The
 * shapes are the contract's; small guards check the answers' outline instead of zod, which stays off the browser.
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
const isText = (value: unknown): value is LocalizedText => isObject(value) && isString(value.cs) && isString(value.en);

export const isState = (value: unknown): value is SubmissionState =>
  (SUBMISSION_STATES as readonly unknown[]).includes(value);

const isSummary = (value: unknown): value is SubmissionSummary =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.reference) &&
  isString(value.serviceId) &&
  isText(value.serviceName) &&
  isObject(value.issuer) &&
  isText(value.issuer.name) &&
  isString(value.type) &&
  isText(value.typeName) &&
  isState(value.state) &&
  isString(value.submittedAt) &&
  isString(value.updatedAt);

const isList: Guard<SubmissionList> = (value): value is SubmissionList =>
  isObject(value) && isArrayOf(value.submissions, isSummary);

const isAttachment = (value: unknown): value is SubmissionAttachment =>
  isObject(value) &&
  isNumber(value.position) &&
  isNumber(value.seq) &&
  isString(value.name) &&
  isNumber(value.size) &&
  isString(value.mediaType);

const isHistoryEntry = (value: unknown): value is SubmissionHistoryEntry =>
  isObject(value) &&
  isNumber(value.seq) &&
  isState(value.state) &&
  isString(value.at) &&
  isString(value.actor) &&
  (value.note === null || isText(value.note)) &&
  isArrayOf(value.attachments, isAttachment);

const isDetail: Guard<SubmissionDetail> = (value): value is SubmissionDetail =>
  isSummary(value) && isDetailPart(value as unknown as Record<string, unknown>);

const isDetailPart = (value: Record<string, unknown>): boolean =>
  isObject(value.data) &&
  isArrayOf(value.history, isHistoryEntry) &&
  isArrayOf(value.attachments, isAttachment) &&
  isString(value.conversationId) &&
  isObject(value.actions) &&
  typeof value.actions.withdraw === 'boolean' &&
  typeof value.actions.supplement === 'boolean';

const isMessage = (value: unknown): value is MessageView =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.subject) &&
  isString(value.date) &&
  isString(value.direction) &&
  isObject(value.sender) &&
  isText(value.sender.name) &&
  isObject(value.recipient) &&
  isText(value.recipient.name);

const isConversation: Guard<Conversation> = (value): value is Conversation =>
  isObject(value) && isString(value.id) && isArrayOf(value.messages, isMessage);

const isChange: Guard<SubmissionChange> = (value): value is SubmissionChange =>
  isObject(value) && isSummary(value.submission) && isState(value.previousState);

async function readJson(response: Response): Promise<unknown> {
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

/** The list's filters (GET /submissions?service&state). */
export interface ListQuery {
  service?: string;
  state?: SubmissionState;
}

/** The filters as a query string, empty ones left out, in a fixed order (the address and the request alike). */
export function listSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.service) params.set('service', query.service);
  if (query.state) params.set('state', query.state);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const ROOT = '/submissions';

/** A file of a submission as a plain link: the browser downloads it (the server sends it as an attachment). */
export function attachmentHref(submissionId: string, position: number): string {
  return `/api/services/submissions${ROOT}/${encodeURIComponent(submissionId)}/attachments/${position}`;
}

/** What the citizen adds when the authority asks for more. */
export function supplementFormData(note: string, files: readonly File[]): FormData {
  const form = new FormData();
  if (note) form.append('note', note);
  for (const file of files) form.append('attachments', file, file.name);
  return form;
}

/** Typed calls of PODÁNÍ's API. */
export function submissionsApi(api: ServiceApiClient) {
  const id = encodeURIComponent;
  return {
    list: (query: ListQuery) => toResult(api.get(`${ROOT}${listSearch(query)}`), isList),
    detail: (submissionId: string) => toResult(api.get(`${ROOT}/${id(submissionId)}`), isDetail),
    conversation: (submissionId: string) =>
      toResult(api.get(`${ROOT}/${id(submissionId)}/conversation`), isConversation),
    withdraw: (submissionId: string, note?: string) =>
      toResult(api.send('POST', `${ROOT}/${id(submissionId)}/withdraw`, note ? { note } : {}), isChange),
    supplement: (submissionId: string, form: FormData) =>
      toResult(api.send('POST', `${ROOT}/${id(submissionId)}/supplement`, form), isChange),
  };
}

export type SubmissionsApi = ReturnType<typeof submissionsApi>;
