/**
 * Submissions (podání): a citizen's application to a service's issuer, declared by the service in czp.service.json
 * (`submissions`), sent through the portal, delivered as a data message to the issuer's authority box and followed
 * to the decision. Zod-free, so the SDK and the shell check answers with small guards of these types; the server
 * validates requests with the schemas of `@czp/contract/api-schemas` (submissionFieldsSchema, statusChangeSchema, ...)
 * and the form data with the declared JSON Schema (ajv, draft 2020-12).
 */
import type { AttachmentView } from './data-box.js';
import type { LocalizedText } from './localized.js';

/** Below a service's API (`/api/services/<serviceId>/submissions`): where a remote submits. */
export const SERVICE_SUBMISSIONS_PATH = '/submissions';
/** The citizen's submissions across every service (PODÁNÍ). */
export const SUBMISSIONS_API = '/api/submissions';
/** The issuer's submissions, with its publishing token. */
export const PUBLISHER_SUBMISSIONS_API = '/api/publisher/submissions';

/**
 * Where a submission stands. submitted → delivered → accepted → in-progress → (needs-information → supplemented →
 * in-progress) → decided-granted | decided-refused; withdrawn by the citizen on the way.
 */
export const SUBMISSION_STATES = [
  'submitted',
  'delivered',
  'accepted',
  'in-progress',
  'needs-information',
  'supplemented',
  'decided-granted',
  'decided-refused',
  'withdrawn',
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** Which state may follow which: anything else is refused (409) naming the state the submission is in. */
export const SUBMISSION_TRANSITIONS: Readonly<Record<SubmissionState, readonly SubmissionState[]>> = {
  submitted: ['delivered', 'withdrawn'],
  delivered: ['accepted', 'withdrawn'],
  accepted: ['in-progress', 'withdrawn'],
  'in-progress': ['needs-information', 'decided-granted', 'decided-refused', 'withdrawn'],
  'needs-information': ['supplemented'],
  supplemented: ['in-progress'],
  'decided-granted': [],
  'decided-refused': [],
  withdrawn: [],
};

/** The states a citizen may withdraw in (POST /api/submissions/:id/withdraw). */
export const WITHDRAWABLE_STATES: readonly SubmissionState[] = ['submitted', 'delivered', 'accepted', 'in-progress'];

/** The states an authority may set (POST /api/publisher/submissions/:id/status); the others are the citizen's or the portal's. */
export const AUTHORITY_STATES: readonly SubmissionState[] = [
  'accepted',
  'in-progress',
  'needs-information',
  'decided-granted',
  'decided-refused',
];

/** Whether `to` may follow `from`. */
export function canMove(from: SubmissionState, to: SubmissionState): boolean {
  return SUBMISSION_TRANSITIONS[from].includes(to);
}

/** Names of the states, as PODÁNÍ and the data box messages show them. */
export const SUBMISSION_STATE_NAMES: Readonly<Record<SubmissionState, LocalizedText>> = {
  submitted: { cs: 'Podáno', en: 'Submitted' },
  delivered: { cs: 'Doručeno úřadu', en: 'Delivered to the authority' },
  accepted: { cs: 'Přijato', en: 'Accepted' },
  'in-progress': { cs: 'Vyřizuje se', en: 'In progress' },
  'needs-information': { cs: 'Čeká na doplnění', en: 'More information needed' },
  supplemented: { cs: 'Doplněno', en: 'Supplemented' },
  'decided-granted': { cs: 'Rozhodnuto: vyhověno', en: 'Decided: granted' },
  'decided-refused': { cs: 'Rozhodnuto: zamítnuto', en: 'Decided: refused' },
  withdrawn: { cs: 'Vzato zpět', en: 'Withdrawn' },
};

/** What the server accepts, checked again by the server whatever a form already said. */
export const SUBMISSION_LIMITS = {
  /** Submission types of one service. */
  types: 20,
  /** Characters of the form data as JSON. */
  dataLength: 100_000,
  /** Characters of a note (each language). */
  noteLength: 4000,
  /** The most attachments a type may declare (`attachments.max`). */
  files: 10,
  /** The most bytes a type may declare for one attachment (`attachments.maxBytes`). */
  fileBytes: 10 * 1024 * 1024,
  /** Submissions of one page of a list. */
  pageSize: 50,
} as const;

/** The attachments a submission type allows; none when a type declares none. */
export interface SubmissionAttachmentRules {
  /** At most this many files (1–10). */
  max: number;
  /** Bytes of one file (at most 10 MB). */
  maxBytes: number;
  /** Media types by content, e.g. application/pdf, image/jpeg. */
  mediaTypes: string[];
}

/** One entry of `submissions` in czp.service.json. */
export interface SubmissionTypeDeclaration {
  /** Lower-case letters, digits and hyphens; unique in the service. */
  id: string;
  name: LocalizedText;
  /** A JSON Schema (draft 2020-12) of the form data: compiled when the version is published, refused if invalid. */
  schema: Record<string, unknown>;
  attachments?: SubmissionAttachmentRules;
}

/** Who changed a submission: the citizen, the issuer (its token), the development clerk, or the portal itself. */
export type SubmissionActor = 'citizen' | 'authority' | 'clerk' | 'portal';

/** A file of a submission: the citizen's (with the submission or a supplement) or the authority's (with a change). */
export interface SubmissionAttachment extends AttachmentView {
  /** The history entry (its `seq`) it came with. */
  seq: number;
}

/** One change of state: when, to what, by whom, with the note and the files that came with it. */
export interface SubmissionHistoryEntry {
  seq: number;
  state: SubmissionState;
  at: string;
  actor: SubmissionActor;
  /** In both languages; a clerk's plain text is the same in both. */
  note: LocalizedText | null;
  attachments: SubmissionAttachment[];
}

/** A submission in a list (GET /api/submissions, GET /api/publisher/submissions). */
export interface SubmissionSummary {
  id: string;
  /** The issuer's reference number, e.g. TEL-2026-000042: unique per issuer. */
  reference: string;
  serviceId: string;
  serviceName: LocalizedText;
  issuer: { id: string; name: LocalizedText };
  type: string;
  typeName: LocalizedText;
  state: SubmissionState;
  submittedAt: string;
  /** The last change of state. */
  updatedAt: string;
}

/** GET /api/submissions/:id: the submission with its data, history and files. */
export interface SubmissionDetail extends SubmissionSummary {
  data: Record<string, unknown>;
  history: SubmissionHistoryEntry[];
  attachments: SubmissionAttachment[];
  /** The data box conversation of the submission (GET /api/services/data-box/conversations/:id). */
  conversationId: string;
  /** What the citizen may do now. */
  actions: { withdraw: boolean; supplement: boolean };
}

/** The issuer's view adds who submitted it (the citizen's name as the identity provider gave it). */
export interface PublisherSubmissionDetail extends Omit<SubmissionDetail, 'actions'> {
  citizen: { name: string };
}

/** GET /api/submissions?service&state: the citizen's submissions, newest first. */
export interface SubmissionList {
  submissions: SubmissionSummary[];
}

/** GET /api/publisher/submissions?service&state: the issuer's submissions, newest first. */
export interface PublisherSubmissionList {
  issuerId: string;
  submissions: (SubmissionSummary & { citizen: { name: string } })[];
}

/**
 * The text fields of the multipart form of POST /api/services/<serviceId>/submissions; the files go as `attachments`.
 */
export interface SubmissionFormFields {
  /** The id of a submission type the service's active version declares. */
  type: string;
  /** The form data as JSON, validated against the type's schema. */
  data: string;
  /** The same key again answers with the first submission (200, `Idempotent-Replayed: true`), never a second one. */
  idempotencyKey?: string;
}

/** The text fields of POST /api/submissions/:id/supplement (multipart; files as `attachments`). */
export interface SupplementFormFields {
  /** What the citizen adds, in their words. */
  note?: string;
}

/** The JSON body of POST /api/publisher/submissions/:id/status. */
export interface StatusChangeRequest {
  status: SubmissionState;
  /** Plain text (shown in both languages) or Czech and English. */
  note?: string | LocalizedText;
  /**
   * With `needs-information` only: the day (YYYY-MM-DD) by which the citizen is to supplement it. The citizen's
   * KALENDÁŘ shows it and reminds of it.
   */
  deadline?: string;
}

/** POST /api/publisher/submissions/:id/status and the citizen's withdraw and supplement. */
export interface SubmissionChange {
  submission: SubmissionSummary;
  previousState: SubmissionState;
  message: string;
}

/*
 * Webhooks: the issuer's own system is told of each new submission by a signed POST to a URL it configures per
 * service with its publishing token. The body carries only what the issuer can already read with that token (no form
 * data, no citizen's name): the system fetches the rest from GET /api/publisher/submissions/:id.
 */

/** Below a service of the publishing API: `/api/publisher/services/<serviceId>/webhook` (PUT, GET, DELETE). */
export const SERVICE_WEBHOOK_PATH = '/webhook';

/** The headers of every webhook request. The signature is `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. */
export const WEBHOOK_HEADERS = {
  signature: 'X-CzP-Signature',
  /** Unix seconds when this attempt was sent: refuse old ones (e.g. more than 5 minutes) against replays. */
  timestamp: 'X-CzP-Timestamp',
  /** Unique per delivery and the same on its retries: process each id once. */
  delivery: 'X-CzP-Delivery',
  event: 'X-CzP-Event',
} as const;

/** `submission.created` for each new submission; `ping` from POST …/webhook/test. */
export type WebhookEventName = 'submission.created' | 'ping';

/** The JSON body of a `submission.created` delivery. */
export interface SubmissionCreatedEvent {
  event: 'submission.created';
  /** The submission's id: GET /api/publisher/submissions/<id> reads it. */
  id: string;
  reference: string;
  serviceId: string;
  /** The submission type's id from czp.service.json. */
  type: string;
  submittedAt: string;
}

/** The JSON body of a `ping` delivery (POST …/webhook/test). */
export interface WebhookPingEvent {
  event: 'ping';
  serviceId: string;
  sentAt: string;
}

/** The JSON body of PUT /api/publisher/services/:serviceId/webhook. */
export interface WebhookRequest {
  /** https:// (outside production also http://localhost or http://127.0.0.1), at most 2000 characters. */
  url: string;
}

/** One attempt of a delivery: the HTTP status the issuer's system answered, or the error when it answered nothing. */
export interface WebhookAttempt {
  attempt: number;
  at: string;
  /** Null when no answer came (time-out, refused connection, a refused address). */
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** pending: not answered 2xx yet, another attempt is scheduled; failed: every attempt failed; cancelled: the webhook was removed. */
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface WebhookDelivery {
  /** The X-CzP-Delivery header. */
  id: string;
  event: WebhookEventName;
  submissionId: string | null;
  reference: string | null;
  createdAt: string;
  state: WebhookDeliveryState;
  attempts: WebhookAttempt[];
}

/** GET /api/publisher/services/:serviceId/webhook: the webhook (never its secret) and its last deliveries, newest first. */
export interface WebhookInfo {
  serviceId: string;
  url: string;
  createdAt: string;
  updatedAt: string;
  /** When the secret was made (created or rotated). */
  secretCreatedAt: string;
  deliveries: WebhookDelivery[];
}

/**
 * PUT (201 when created, 200 when only the URL changed) and POST …/webhook/rotate. `secret` is shown once, when it
 * is made: on creation and on rotation; null when a PUT changed only the URL.
 */
export interface WebhookSaved {
  serviceId: string;
  url: string;
  created: boolean;
  secret: string | null;
  message: string;
}

/** DELETE /api/publisher/services/:serviceId/webhook. */
export interface WebhookRemoved {
  serviceId: string;
  removed: true;
  message: string;
}

/** POST /api/publisher/services/:serviceId/webhook/test: the ping's delivery and whether it was answered 2xx. */
export interface WebhookTestResult {
  serviceId: string;
  ok: boolean;
  delivery: WebhookDelivery;
  message: string;
}
