/**
 * The data box API under /api/services/data-box/: what each endpoint answers and accepts. Zod-free, so the data-box
 * remote checks answers with small guards of these types; the server validates requests with the schemas of
 * `@czp/contract/api-schemas` (folderQuerySchema, messageFieldsSchema, notificationsSchema, ...).
 */
import type { LocalizedText } from './localized.js';

/** Where the data box API lives: the one API namespace the data-box remote may reach. */
export const DATA_BOX_API_PREFIX = '/api/services/data-box';

export const FOLDERS = ['inbox', 'sent', 'drafts'] as const;
export type Folder = (typeof FOLDERS)[number];
export type Direction = 'received' | 'sent';
export type MessageStatus = 'draft' | 'sent' | 'delivered';
export type AuthorityKind = 'municipality' | 'ministry' | 'system';
export const NOTIFICATION_CHANNELS = ['portal', 'email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the server accepts, checked again by the server whatever a form already said. */
export const DATA_BOX_LIMITS = {
  /** Messages per page of a folder (`pageSize`). */
  pageSize: 20,
  /** The highest `page` of a folder query. */
  maxPage: 100_000,
  /** Characters of a search (`q`). */
  searchLength: 200,
  /** Characters of a recipient's box id. */
  recipientLength: 100,
  /** Characters of a subject. */
  subjectLength: 255,
  /** Characters of a message's text. */
  bodyLength: 20_000,
  /** Attachments of one message. */
  files: 10,
  /** Bytes of one attachment. */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes of all attachments of one message together. */
  messageBytes: 20 * 1024 * 1024,
} as const;

/** An authority's box: a recipient a citizen may write to (never `system`) or a sender. */
export interface AuthorityBox {
  id: string;
  name: LocalizedText;
  kind: AuthorityKind;
}

export interface AttachmentView {
  /** From 0, in the order attached: GET /attachments/:messageId/:position downloads it. */
  position: number;
  name: string;
  /** Bytes. */
  size: number;
  /** As sniffed from the content, never as the browser named it. */
  mediaType: string;
}

/** One side of a message; a citizen's name is the same in both languages. */
export interface Party {
  boxId: string;
  name: LocalizedText;
}

/** A message as the API shows it: GET /messages/:id, a conversation and every write answer it with `body`; a folder page without. */
export interface MessageView {
  id: string;
  conversationId: string;
  folder: Folder;
  direction: Direction;
  status: MessageStatus;
  sender: Party;
  recipient: Party;
  subject: string;
  /** When it was sent or received; a draft's last change (ISO 8601). */
  date: string;
  readAt: string | null;
  unread: boolean;
  attachments: AttachmentView[];
  /**
   * Sent by an automat (a delivery confirmation, an extract, a notice of the portal operator): it says not to reply,
   * so no reply is offered and POST /messages refuses one (409 naming `replyTo`). The server always says; absent is false.
   */
  automatic?: boolean;
  body?: string;
}

/** GET /messages?folder&page&q: a folder, newest first. */
export interface MessagePage {
  folder: Folder;
  page: number;
  pageSize: number;
  total: number;
  messages: MessageView[];
}

/** GET /conversations/:id: the messages of one conversation in this box, oldest first. */
export interface Conversation {
  id: string;
  messages: MessageView[];
}

/** GET /recipients: the boxes a citizen may write to, ministries first. */
export interface RecipientList {
  recipients: AuthorityBox[];
}

/** GET /storage. */
export interface BoxStorage {
  usedBytes: number;
  quotaBytes: number;
}

/** GET /box: `{ exists: false }` (status 200) for a person without a data box. */
export type BoxSummary = ({ exists: true; id: string; unread: number } & BoxStorage) | { exists: false };

/** GET /unread-count: `count` is the badge every service's `badgeApi` answers; `unread` says what it counts. */
export interface UnreadCount {
  count: number;
  unread: number;
}

/** GET and PUT /notifications (PUT answers what was stored). The portal channel is always on. */
export interface NotificationSettings {
  email: string | null;
  phone: string | null;
  channels: NotificationChannel[];
}

/**
 * The text fields of the multipart form of POST /messages and PUT /drafts/:id; the files go as `attachments`.
 * Multipart fields are text, hence `draft` and `keepAttachments` as strings.
 */
export interface MessageFormFields {
  /** An authority box id from GET /recipients. */
  recipient: string;
  subject: string;
  body?: string;
  /** `true` keeps a new message as a draft (POST only). */
  draft?: 'true' | 'false';
  /** The same key again answers with the first message (200, `Idempotent-Replayed: true`) instead of sending twice. */
  idempotencyKey?: string;
  /** POST only: the id of the message of this box it answers; the reply joins its conversation. */
  replyTo?: string;
  /** PUT only: the positions of the draft's attachments to keep, in order, e.g. `0,2`. */
  keepAttachments?: string;
}
