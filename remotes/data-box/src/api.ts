import type { ServiceApiClient } from '@czp/remote-sdk';

/** Shapes of the data box API (packages/server/src/data-box/types.ts), checked by small guards instead of zod. */

export type Folder = 'inbox' | 'sent' | 'drafts';
export const FOLDERS: readonly Folder[] = ['inbox', 'sent', 'drafts'];

export interface LocalizedName {
  cs: string;
  en: string;
}
export interface Party {
  boxId: string;
  name: LocalizedName;
}
export interface Attachment {
  position: number;
  name: string;
  size: number;
  mediaType: string;
}
export interface Message {
  id: string;
  conversationId: string;
  folder: Folder;
  direction: 'received' | 'sent';
  status: 'draft' | 'sent' | 'delivered';
  sender: Party;
  recipient: Party;
  subject: string;
  date: string;
  readAt: string | null;
  unread: boolean;
  attachments: Attachment[];
  body?: string;
}
export interface MessagePage {
  folder: Folder;
  page: number;
  pageSize: number;
  total: number;
  messages: Message[];
}
export interface Recipient {
  id: string;
  name: LocalizedName;
  kind: 'municipality' | 'ministry' | 'system';
}
export interface Storage {
  usedBytes: number;
  quotaBytes: number;
}
export interface Box {
  exists: boolean;
  unread?: number;
}
export interface NotificationSettings {
  email: string | null;
  phone: string | null;
  channels: Array<'portal' | 'email' | 'sms'>;
}
/** The server's refusal: `{ error, message, field? }` with the HTTP status. */
export interface ApiError {
  status: number;
  error: string;
  message: string;
  field?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: ApiError };

type Guard<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isName = (value: unknown): value is LocalizedName => isObject(value) && isString(value.cs) && isString(value.en);
const isParty = (value: unknown): value is Party => isObject(value) && isString(value.boxId) && isName(value.name);
const isAttachment = (value: unknown): value is Attachment =>
  isObject(value) &&
  isNumber(value.position) &&
  isString(value.name) &&
  isNumber(value.size) &&
  isString(value.mediaType);

export const isMessage: Guard<Message> = (value): value is Message =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.conversationId) &&
  isString(value.folder) &&
  FOLDERS.includes(value.folder as Folder) &&
  isParty(value.sender) &&
  isParty(value.recipient) &&
  isString(value.subject) &&
  isString(value.date) &&
  typeof value.unread === 'boolean' &&
  Array.isArray(value.attachments) &&
  value.attachments.every(isAttachment) &&
  (value.body === undefined || isString(value.body));

export const isMessagePage: Guard<MessagePage> = (value): value is MessagePage =>
  isObject(value) &&
  isNumber(value.page) &&
  isNumber(value.pageSize) &&
  isNumber(value.total) &&
  Array.isArray(value.messages) &&
  value.messages.every(isMessage);

const isConversation: Guard<{ messages: Message[] }> = (value): value is { messages: Message[] } =>
  isObject(value) && Array.isArray(value.messages) && value.messages.every(isMessage);

const isRecipient = (value: unknown): value is Recipient =>
  isObject(value) && isString(value.id) && isName(value.name) && isString(value.kind);
const isRecipients: Guard<{ recipients: Recipient[] }> = (value): value is { recipients: Recipient[] } =>
  isObject(value) && Array.isArray(value.recipients) && value.recipients.every(isRecipient);

export const isStorage: Guard<Storage> = (value): value is Storage =>
  isObject(value) && isNumber(value.usedBytes) && isNumber(value.quotaBytes);

const isBox: Guard<Box> = (value): value is Box => isObject(value) && typeof value.exists === 'boolean';

const isSettings: Guard<NotificationSettings> = (value): value is NotificationSettings =>
  isObject(value) &&
  (value.email === null || isString(value.email)) &&
  (value.phone === null || isString(value.phone)) &&
  Array.isArray(value.channels) &&
  value.channels.every(isString);

const anything: Guard<unknown> = (_value): _value is unknown => true;

/** `{ count }` (the badge contract) or `{ unread }` (the server today). */
export function unreadOf(value: unknown): number | null {
  if (!isObject(value)) return null;
  if (isNumber(value.count)) return value.count;
  if (isNumber(value.unread)) return value.unread;
  return null;
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

export function listPath({ folder, page, q }: ListQuery): string {
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
  extra: { draft?: boolean; idempotencyKey?: string; keepAttachments?: number[] },
): FormData {
  const data = new FormData();
  data.append('recipient', form.recipient);
  data.append('subject', form.subject);
  data.append('body', form.body);
  if (extra.draft !== undefined) data.append('draft', extra.draft ? 'true' : 'false');
  if (extra.idempotencyKey) data.append('idempotencyKey', extra.idempotencyKey);
  if (extra.keepAttachments) data.append('keepAttachments', extra.keepAttachments.join(','));
  for (const file of form.files) data.append('attachments', file, file.name);
  return data;
}

export function attachmentHref(messageId: string, position: number): string {
  return `/api/services/data-box/attachments/${encodeURIComponent(messageId)}/${position}`;
}

/** Typed calls of the data box API, all below /api/services/data-box. */
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
