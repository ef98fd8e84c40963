/** A name in both portal languages. */
export interface LocalizedName {
  cs: string;
  en: string;
}

export type Folder = 'inbox' | 'sent' | 'drafts';
export type Direction = 'received' | 'sent';
export type MessageStatus = 'draft' | 'sent' | 'delivered';
export type AuthorityKind = 'municipality' | 'ministry' | 'system';
export type NotificationChannel = 'portal' | 'email' | 'sms';

export interface AuthorityBox {
  id: string;
  name: LocalizedName;
  kind: AuthorityKind;
}

export interface AttachmentView {
  position: number;
  name: string;
  size: number;
  mediaType: string;
}

export interface Party {
  boxId: string;
  name: LocalizedName;
}

/** A message as the API shows it; `body` only in the full view. */
export interface MessageView {
  id: string;
  conversationId: string;
  folder: Folder;
  direction: Direction;
  status: MessageStatus;
  sender: Party;
  recipient: Party;
  subject: string;
  /** When it was sent or received; a draft's last change. */
  date: string;
  readAt: string | null;
  unread: boolean;
  attachments: AttachmentView[];
  body?: string;
}

export interface MessagePage {
  folder: Folder;
  page: number;
  pageSize: number;
  total: number;
  messages: MessageView[];
}

export interface BoxSummary {
  exists: boolean;
  id?: string;
  quotaBytes?: number;
  usedBytes?: number;
  unread?: number;
}

/** An uploaded file, already read and checked by content. */
export interface IncomingAttachment {
  name: string;
  content: Buffer;
  mediaType: string;
}

export interface NotificationSettings {
  email: string | null;
  phone: string | null;
  channels: NotificationChannel[];
}
