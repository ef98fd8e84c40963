import {
  type ApiRefusal,
  type AttachmentView,
  type AuthorityBox,
  type BoxStorage,
  type BoxSummary,
  type Conversation,
  DATA_BOX_API_PREFIX,
  FOLDERS,
  type Folder,
  type LocalizedText,
  type MessageFormFields,
  type MessagePage,
  type MessageView,
  NOTIFICATION_CHANNELS,
  type NotificationSettings,
  type Party,
  type RecipientList,
  type UnreadCount,
} from '@czp/contract';
import type { ServiceApiClient } from '@czp/remote-sdk';

/**
 * The data box API as this remote calls it. The shapes are the contract's; small guards check the answers against
 * them instead of zod, which stays off the browser's path.
 */

// The names the remote's views use for the contract's shapes.
export type { Folder, MessagePage, NotificationSettings };
export { FOLDERS };
export type Message = MessageView;
export type Attachment = AttachmentView;
export type Recipient = AuthorityBox;
export type Storage = BoxStorage;

/** A refusal of the server with its HTTP status (0 when the server was not reached). */
export interface ApiError extends ApiRefusal {
  status: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: ApiError };

type Guard<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);
const isFolder = oneOf(FOLDERS);
const isDirection = oneOf<MessageView['direction']>(['received', 'sent']);
const isStatus = oneOf<MessageView['status']>(['draft', 'sent', 'delivered']);
const isKind = oneOf<AuthorityBox['kind']>(['municipality', 'ministry', 'system']);
const isChannel = oneOf(NOTIFICATION_CHANNELS);

const isName = (value: unknown): value is LocalizedText => isObject(value) && isString(value.cs) && isString(value.en);
const isParty = (value: unknown): value is Party => isObject(value) && isString(value.boxId) && isName(value.name);
const isAttachment = (value: unknown): value is AttachmentView =>
  isObject(value) &&
  isNumber(value.position) &&
  isString(value.name) &&
  isNumber(value.size) &&
  isString(value.mediaType);

const isMessage: Guard<MessageView> = (value): value is MessageView =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.conversationId) &&
  isFolder(value.folder) &&
  isDirection(value.direction) &&
  isStatus(value.status) &&
  isParty(value.sender) &&
  isParty(value.recipient) &&
  isString(value.subject) &&
  isString(value.date) &&
  (value.readAt === null || isString(value.readAt)) &&
  typeof value.unread === 'boolean' &&
  Array.isArray(value.attachments) &&
  value.attachments.every(isAttachment) &&
  (value.automatic === undefined || typeof value.automatic === 'boolean') &&
  (value.body === undefined || isString(value.body));

const isMessagePage: Guard<MessagePage> = (value): value is MessagePage =>
  isObject(value) &&
  isFolder(value.folder) &&
  isNumber(value.page) &&
  isNumber(value.pageSize) &&
  isNumber(value.total) &&
  Array.isArray(value.messages) &&
  value.messages.every(isMessage);

const isConversation: Guard<Conversation> = (value): value is Conversation =>
  isObject(value) && isString(value.id) && Array.isArray(value.messages) && value.messages.every(isMessage);

const isRecipient = (value: unknown): value is AuthorityBox =>
  isObject(value) && isString(value.id) && isName(value.name) && isKind(value.kind);
const isRecipients: Guard<RecipientList> = (value): value is RecipientList =>
  isObject(value) && Array.isArray(value.recipients) && value.recipients.every(isRecipient);

const isStorage: Guard<BoxStorage> = (value): value is BoxStorage =>
  isObject(value) && isNumber(value.usedBytes) && isNumber(value.quotaBytes);

const isBox: Guard<BoxSummary> = (value): value is BoxSummary =>
  isObject(value) &&
  (value.exists === false ||
    (value.exists === true && isString(value.id) && isNumber(value.unread) && isStorage(value)));

const isSettings: Guard<NotificationSettings> = (value): value is NotificationSettings =>
  isObject(value) &&
  (value.email === null || isString(value.email)) &&
  (value.phone === null || isString(value.phone)) &&
  Array.isArray(value.channels) &&
  value.channels.every(isChannel);

const anything: Guard<unknown> = (_value): _value is unknown => true;

/** The badge's number: `count` of the contract's UnreadCount. */
function unreadOf(value: unknown): number | null {
  if (!isObject(value)) return null;
  const answer: Partial<Record<keyof UnreadCount, unknown>> = value;
  return isNumber(answer.count) ? answer.count : null;
}

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

export interface ListQuery {
  folder: Folder;
  page: number;
  q: string;
}

function listPath({ folder, page, q }: ListQuery): string {
  const params = new URLSearchParams({ folder, page: String(page) });
  if (q.trim()) params.set('q', q.trim());
  return `/messages?${params.toString()}`;
}

/** The fields of a message form; files go as `attachments`. */
export interface MessageForm {
  recipient: string;
  subject: string;
  body: string;
  files: File[];
}

export function messageFormData(
  form: MessageForm,
  extra: { draft?: boolean; idempotencyKey?: string; keepAttachments?: number[]; replyTo?: string },
): FormData {
  const fields: MessageFormFields = {
    recipient: form.recipient,
    subject: form.subject,
    body: form.body,
    ...(extra.draft !== undefined ? { draft: extra.draft ? 'true' : 'false' } : {}),
    ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
    ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    ...(extra.keepAttachments ? { keepAttachments: extra.keepAttachments.join(',') } : {}),
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  for (const file of form.files) data.append('attachments', file, file.name);
  return data;
}

export function attachmentHref(messageId: string, position: number): string {
  return `${DATA_BOX_API_PREFIX}/attachments/${encodeURIComponent(messageId)}/${position}`;
}

/** Typed calls of the data box API, all below DATA_BOX_API_PREFIX (the host's client adds it). */
export function dataBoxApi(api: ServiceApiClient) {
  const id = encodeURIComponent;
  return {
    box: () => toResult(api.get('/box'), isBox),
    storage: () => toResult(api.get('/storage'), isStorage),
    unreadCount: async (): Promise<number | null> => {
      const result = await toResult(api.get('/unread-count'), anything);
      return result.ok ? unreadOf(result.data) : null;
    },
    recipients: () => toResult(api.get('/recipients'), isRecipients),
    list: (query: ListQuery) => toResult(api.get(listPath(query)), isMessagePage),
    message: (messageId: string) => toResult(api.get(`/messages/${id(messageId)}`), isMessage),
    conversation: (conversationId: string) => toResult(api.get(`/conversations/${id(conversationId)}`), isConversation),
    create: (data: FormData) => toResult(api.send('POST', '/messages', data), isMessage),
    updateDraft: (draftId: string, data: FormData) =>
      toResult(api.send('PUT', `/drafts/${id(draftId)}`, data), isMessage),
    sendDraft: (draftId: string) => toResult(api.send('POST', `/drafts/${id(draftId)}/send`), isMessage),
    deleteDraft: (draftId: string) => toResult(api.send('DELETE', `/drafts/${id(draftId)}`), anything),
    notifications: () => toResult(api.get('/notifications'), isSettings),
    saveNotifications: (settings: NotificationSettings) =>
      toResult(api.send('PUT', '/notifications', settings), isSettings),
  };
}

export type DataBoxApi = ReturnType<typeof dataBoxApi>;
