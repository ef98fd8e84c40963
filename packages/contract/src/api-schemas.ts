/**
 * Request schemas of the JSON API (full zod, with messages a person can act on): validated by the server only, so
 * they stay out of every browser bundle. The shapes they check are the interfaces of the main entry.
 */
import { z } from 'zod';
import {
  CALENDAR_LIMITS,
  REMIND_BEFORE_MINUTES,
  REMINDER_OFFSETS,
  type ReminderRequest,
  type ReminderSettings,
  type ServiceEventsRequest,
} from './calendar.js';
import {
  DATA_BOX_LIMITS,
  FOLDERS,
  type MessageFormFields,
  NOTIFICATION_CHANNELS,
  type NotificationSettings,
} from './data-box.js';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
  type NotificationChoicesRequest,
  type NotificationKind,
} from './notifications.js';
import type { ActivateRequest, CreateTokenRequest, ExternalPublishRequest, PublishFormFields } from './publisher.js';
import { REMOTE_FAILURE_REASONS, type RemoteFailureReport } from './remote-failures.js';
import { type ServiceMetadata, semverSchema, serviceIdSchema } from './service.js';
import {
  type StatusChangeRequest,
  SUBMISSION_LIMITS,
  SUBMISSION_STATES,
  type SubmissionFormFields,
  type SubmissionTypeDeclaration,
  type SupplementFormFields,
} from './submissions.js';
import { cleanLine, cleanMultiline, controlMessage, isVisibleText, textProblem } from './text.js';

/** `field is required` when absent, `field must be …` when present but wrong: the one wording of every API. */
export const required = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required` : `${field} must be ${expectation}`;

/** How a text field is checked: its longest length, and what to say when it is absent or shows nothing. */
export interface PlainTextOptions {
  max: number;
  /** Said when the text is too long; `<field> must be at most <max> characters` without it. */
  maxMessage?: string;
  /**
   * Said when the field is absent, empty or only invisible characters; without it the field may be empty (and
   * invisible-only text becomes empty).
   */
  requiredMessage?: string;
}

function plain(field: string, options: PlainTextOptions, clean: (value: string) => string) {
  const { max, requiredMessage } = options;
  return z
    .string({ error: requiredMessage ?? required(field, 'text') })
    .refine((value) => textProblem(value) !== 'control', { error: controlMessage(field), abort: true })
    .transform((value) => (isVisibleText(value) ? clean(value) : ''))
    .pipe(
      z
        .string()
        .refine((value) => requiredMessage === undefined || value.length > 0, {
          error: requiredMessage ?? '',
          abort: true,
        })
        .max(max, options.maxMessage ?? `${field} must be at most ${max} characters`),
    );
}

/**
 * One-line text a person or a program sends (a subject, a name, a search) under the one text rule (text.ts):
 * control characters refused naming the field, line breaks and directional overrides neutralised, trimmed, and text
 * of only invisible characters empty (refused with `requiredMessage` when the field is required).
 */
export const plainLine = (field: string, options: PlainTextOptions) => plain(field, options, cleanLine);

/** Multi-line text (a message's body, an error report) under the same rule: lines and directional marks kept. */
export const plainText = (field: string, options: PlainTextOptions) => plain(field, options, cleanMultiline);

/** For a value with its own format (a path, a URL): only control characters are refused, naming the field. */
const noControls = (field: string) =>
  [(value: string) => textProblem(value) !== 'control', { error: controlMessage(field), abort: true }] as const;

/** POST /api/remote-failures. */
export const remoteFailureSchema = z.object({
  serviceId: z.string({ error: required('serviceId', 'a service id') }).pipe(serviceIdSchema),
  version: z
    .string({ error: required('version', 'a semantic version such as 1.0.0') })
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'version must be a semantic version such as 1.0.0')
    .optional(),
  reason: z.enum(REMOTE_FAILURE_REASONS, {
    error: required('reason', `one of ${REMOTE_FAILURE_REASONS.join(', ')}`),
  }),
  message: plainText('message', { max: 500 }),
  page: z
    .string({ error: required('page', 'a path starting with /') })
    .refine(...noControls('page'))
    .max(2000, 'page must be at most 2000 characters')
    .regex(/^\/(?!\/)/, 'page must be a path starting with / (not a full URL)'),
});

// A schema and the interface it checks must not drift apart; the keys are compared too, or an optional field that
// only one of them has would pass unnoticed.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = [Mutual<A, B>, Mutual<keyof A, keyof B>] extends [true, true] ? true : never;
export const remoteFailureSchemaMatches: Same<z.infer<typeof remoteFailureSchema>, RemoteFailureReport> = true;

// The data box API (/api/services/data-box/).

/** GET /messages: a folder, a page of it and a search. */
export const folderQuerySchema = z.object({
  folder: z.enum(FOLDERS, { error: 'folder must be inbox, sent or drafts' }).default('inbox'),
  page: z.coerce
    .number({ error: 'page must be a number from 1' })
    .int('page must be a whole number')
    .min(1, 'page must be a number from 1')
    .max(DATA_BOX_LIMITS.maxPage, 'There are not that many pages')
    .default(1),
  q: plainLine('q', {
    max: DATA_BOX_LIMITS.searchLength,
    maxMessage: `Search for at most ${DATA_BOX_LIMITS.searchLength} characters`,
  }).optional(),
});

/** The `:id` of a message, draft or conversation; the server answers 404 for a malformed one. */
export const dataBoxIdParamsSchema = z.object({ id: z.uuid() });

/** GET /attachments/:messageId/:position; 404 for a malformed one. */
export const attachmentParamsSchema = z.object({
  messageId: z.uuid(),
  position: z.coerce.number().int().min(0).max(1000),
});

/** The text fields of POST /messages and PUT /drafts/:id. */
export const messageFieldsSchema = z.object({
  recipient: plainLine('recipient', {
    max: DATA_BOX_LIMITS.recipientLength,
    requiredMessage: 'Choose a recipient',
    maxMessage: 'Choose a recipient from the list',
  }),
  subject: plainLine('subject', {
    max: DATA_BOX_LIMITS.subjectLength,
    requiredMessage: 'Write a subject',
    maxMessage: `The subject can have at most ${DATA_BOX_LIMITS.subjectLength} characters`,
  }),
  body: plainText('body', {
    max: DATA_BOX_LIMITS.bodyLength,
    // "20 000": the limit as a person reads it.
    maxMessage: 'The text can have at most 20 000 characters; send a longer text as an attachment',
  }).default(''),
  draft: z.enum(['true', 'false'], { error: 'draft must be "true" or "false"' }).optional(),
  idempotencyKey: z
    .string()
    .regex(
      /^[A-Za-z0-9._:-]{1,128}$/,
      'idempotencyKey must be 1–128 letters, digits, dots, colons, dashes or underscores',
    )
    .optional(),
  replyTo: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'replyTo must be the id of a message')
    .optional(),
  keepAttachments: z
    .string()
    .regex(/^(\d{1,3}(,\d{1,3})*)?$/, 'keepAttachments must list attachment positions separated by commas, e.g. 0,2')
    .optional(),
});
export const messageFieldsSchemaMatches: Same<z.input<typeof messageFieldsSchema>, MessageFormFields> = true;

const CZECH_PHONE = /^(?:\+420)?(\d{9})$/;

/** PUT /notifications: empty texts mean none; the phone number is stored as +420 601 123 456. */
export const notificationsSchema = z
  .object({
    email: z
      .union([
        z.literal('').transform(() => null),
        z.null(),
        z.email('Enter an e-mail address like jana.novakova@example.cz').max(254),
      ])
      .default(null),
    phone: z
      .union([
        z.literal('').transform(() => null),
        z.null(),
        z
          .string()
          .transform((phone) => phone.replace(/[\s-]/g, ''))
          .refine((phone) => CZECH_PHONE.test(phone), 'Enter a Czech mobile number like +420 601 123 456')
          .transform((phone) => {
            const digits = CZECH_PHONE.exec(phone)?.[1] ?? '';
            return `+420 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
          }),
      ])
      .default(null),
    channels: z
      .array(z.enum(NOTIFICATION_CHANNELS, { error: 'channels can be portal, email and sms' }), {
        error: 'channels must be a list, e.g. ["portal", "email"]',
      })
      .max(NOTIFICATION_CHANNELS.length)
      .default(['portal']),
  })
  .superRefine((value, context) => {
    if (value.channels.includes('email') && !value.email) {
      context.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Enter an e-mail address to get notices by e-mail',
      });
    }
    if (value.channels.includes('sms') && !value.phone) {
      context.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number to get notices by SMS' });
    }
  })
  // The portal always shows new messages; the other channels come on top.
  .transform((value) => ({
    ...value,
    channels: NOTIFICATION_CHANNELS.filter((channel) => channel === 'portal' || value.channels.includes(channel)),
  }));
export const notificationsSchemaMatches: Same<z.output<typeof notificationsSchema>, NotificationSettings> = true;

// The publishing API (/api/publisher/).

/** The publishing API's wording: when absent, the field is named together with what to send. */
const requiredTelling = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required: ${expectation}` : `${field} must be ${expectation}`;

export const serviceParamsSchema = z.object({
  serviceId: z.string().pipe(serviceIdSchema),
});

/** The text fields of POST /services/:serviceId/versions (the file `bundle` is read apart). */
export const publishFormSchema = z.object({
  version: z
    .string({ error: 'version is required: the semantic version being published, e.g. 1.4.0' })
    .refine(...noControls('version'))
    .trim()
    .min(1, {
      error: 'version is required: the semantic version being published, e.g. 1.4.0',
    }),
  // Its texts are checked where the JSON is read, by serviceMetadataSchema, naming the field (metadata.name.cs).
  metadata: z.string({ error: 'metadata is required: the content of czp.service.json' }),
  activate: z
    .enum(['true', 'false'], { error: 'activate must be "true" (the default) or "false" (keep it as a draft)' })
    .default('true'),
});
export const publishFormSchemaMatches: Same<z.input<typeof publishFormSchema>, PublishFormFields> = true;

/** POST /services/:serviceId/active. */
export const activateBodySchema = z.object({
  version: z
    .string({ error: requiredTelling('version', 'the published version to activate, e.g. 1.0.0') })
    .pipe(semverSchema),
});
export const activateBodySchemaMatches: Same<z.output<typeof activateBodySchema>, ActivateRequest> = true;

/** POST /services/:serviceId/external: a version of a remote hosted on the issuer's own origin. */
export const externalBodySchema = z.object({
  version: z
    .string({ error: requiredTelling('version', 'the semantic version being registered, e.g. 1.2.0') })
    .refine(...noControls('version'))
    .trim()
    .min(1, 'version is required: the semantic version being registered, e.g. 1.2.0'),
  metadata: z.record(z.string(), z.unknown(), {
    error: requiredTelling('metadata', 'the content of czp.service.json, as a JSON object'),
  }),
  baseUrl: z
    .string({ error: requiredTelling('baseUrl', "the URL of the folder the built remote's files are served from") })
    .refine(...noControls('baseUrl'))
    .max(500, 'baseUrl must be at most 500 characters')
    .refine((value) => value.endsWith('/'), {
      error: 'baseUrl must end with "/": it is the folder mf-manifest.json and remoteEntry.js are in',
    }),
  activate: z
    .boolean({ error: 'activate must be true (the default) or false (keep the version as a draft)' })
    .default(true),
});
export const externalBodySchemaMatches: Same<z.input<typeof externalBodySchema>, ExternalPublishRequest> = true;

/** A token's name: also checked by the operator's command that creates an issuer's first token. */
export const tokenNameSchema = z
  .string({ error: requiredTelling('name', 'a name that says where the token is used, e.g. CI') })
  .pipe(
    plainLine('name', { max: 80, requiredMessage: 'name must not be empty: say where the token is used, e.g. CI' }),
  );

/** POST /tokens. */
export const createTokenBodySchema = z.object({ name: tokenNameSchema });
export const createTokenBodySchemaMatches: Same<z.output<typeof createTokenBodySchema>, CreateTokenRequest> = true;

/** DELETE /tokens/:id. */
export const tokenParamsSchema = z.object({
  id: z.uuid('the token id is the id shown by GET /api/publisher/tokens'),
});

/** GET /audit?limit. */
export const auditQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number between 1 and 500' })
    .int('limit must be a whole number between 1 and 500')
    .min(1, 'limit must be between 1 and 500')
    .max(500, 'limit must be between 1 and 500')
    .default(50),
});

// Submissions (/api/services/<id>/submissions, /api/submissions/, /api/publisher/submissions/).

/** The declaration czp.service.json's schema (zod/mini, service.ts) checks is the contract's interface. */
export const submissionDeclarationMatches: Same<
  NonNullable<ServiceMetadata['submissions']>[number],
  SubmissionTypeDeclaration
> = true;

const idempotencyKeySchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,128}$/,
    'idempotencyKey must be 1–128 letters, digits, dots, colons, dashes or underscores',
  );

/** The text fields of POST /api/services/<serviceId>/submissions; `data` is checked against the declared schema apart. */
export const submissionFieldsSchema = z.object({
  type: z
    .string({ error: 'type is required: the id of a submission type the service declares' })
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'type must be the id of a submission type the service declares'),
  data: z
    .string({ error: 'data is required: the form data as JSON' })
    .max(SUBMISSION_LIMITS.dataLength, `data can have at most ${SUBMISSION_LIMITS.dataLength} characters`),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export const submissionFieldsSchemaMatches: Same<z.input<typeof submissionFieldsSchema>, SubmissionFormFields> = true;

/** The text fields of POST /api/submissions/:id/supplement. */
export const supplementFieldsSchema = z.object({
  note: plainText('note', {
    max: SUBMISSION_LIMITS.noteLength,
    maxMessage: `The note can have at most ${SUBMISSION_LIMITS.noteLength} characters; attach a longer text as a file`,
  }).optional(),
});
export const supplementFieldsSchemaMatches: Same<z.input<typeof supplementFieldsSchema>, SupplementFormFields> = true;

const noteText = (field: string) =>
  plainText(field, {
    max: SUBMISSION_LIMITS.noteLength,
    maxMessage: `${field} can have at most ${SUBMISSION_LIMITS.noteLength} characters`,
  });

/** POST /api/publisher/submissions/:id/status: the new state and a note, plain or in Czech and English. */
export const statusChangeSchema = z.object({
  status: z.enum(SUBMISSION_STATES, {
    error: required('status', `one of ${SUBMISSION_STATES.join(', ')}`),
  }),
  note: z
    .union([noteText('note'), z.object({ cs: noteText('note.cs'), en: noteText('note.en') })], {
      error: 'note must be text, or { "cs": "…", "en": "…" }',
    })
    .optional(),
  deadline: z
    .string({ error: 'deadline must be a day like 2026-12-24' })
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        new Date(Date.parse(`${value}T00:00:00Z`) || 0).toISOString().slice(0, 10) === value,
      { error: 'deadline must be a day like 2026-12-24' },
    )
    .optional(),
});
export const statusChangeSchemaMatches: Same<z.input<typeof statusChangeSchema>, StatusChangeRequest> = true;

/** GET /api/submissions and GET /api/publisher/submissions: filters by service and state. */
export const submissionsQuerySchema = z.object({
  service: z.string().pipe(serviceIdSchema).optional(),
  state: z.enum(SUBMISSION_STATES, { error: `state must be one of ${SUBMISSION_STATES.join(', ')}` }).optional(),
});

/** The `:id` of a submission; the server answers 404 for a malformed one. */
export const submissionIdParamsSchema = z.object({ id: z.uuid() });

export * from './register-schemas.js';

// Notifications (/api/notifications).

const kindChannelsSchema = (kind: string) =>
  z.object(
    {
      email: z.boolean({ error: `${kind}.email must be true or false` }).optional(),
      sms: z.boolean({ error: `${kind}.sms must be true or false` }).optional(),
    },
    { error: `${kind} must be an object like { "email": true, "sms": false }` },
  );

/**
 * PUT /api/notifications/settings: `{ [kind]: { email, sms } }`; a kind or a channel left out keeps its choice. The
 * portal's centre is not a choice (always on). Whether a channel's contact is verified is the server's check.
 */
export const notificationChoicesSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kindChannelsSchema(kind).optional()])) as Record<
    NotificationKind,
    z.ZodOptional<ReturnType<typeof kindChannelsSchema>>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys[0]} is not a kind of notification: use ${NOTIFICATION_KINDS.join(', ')}`
        : 'The settings must be an object like { "submission-changed": { "email": true, "sms": false } }',
  },
);

export const notificationChoicesSchemaMatches: Same<
  z.output<typeof notificationChoicesSchema>,
  NotificationChoicesRequest
> = true;

/** GET /api/notifications?page=N (1 when absent). */
export const notificationsQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'page must be a whole number from 1' })
    .int({ error: 'page must be a whole number from 1' })
    .min(1, { error: 'page must be a whole number from 1' })
    .max(NOTIFICATION_LIMITS.maxPage, { error: `page can be at most ${NOTIFICATION_LIMITS.maxPage}` })
    .default(1),
});

/** The `:id` of a notification; the server answers 404 for a malformed one. */
export const notificationIdParamsSchema = z.object({ id: z.uuid() });

/** A real day YYYY-MM-DD (not 2026-02-30), naming the field. */
const calendarDay = (field: string) =>
  z.string({ error: required(field, 'a day like 2026-12-24') }).refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      // 2026-02-30 becomes 2 March and 2026-13-01 no day at all: both refused.
      new Date(Date.parse(`${value}T00:00:00Z`) || 0).toISOString().slice(0, 10) === value,
    { error: `${field} must be a day like 2026-12-24` },
  );

/** HH:MM on a 24-hour clock, or null/absent for the whole day. */
const wallTime = (field: string) =>
  z
    .union([z.null(), z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, `${field} must be a time like 08:30`)], {
      error: `${field} must be a time like 08:30`,
    })
    .optional();

/** GET /api/services/calendar/items: from and to (both included), at most CALENDAR_LIMITS.maxRangeDays apart. */
export const calendarRangeQuerySchema = z
  .object({ from: calendarDay('from'), to: calendarDay('to') })
  .superRefine((value, context) => {
    const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000;
    if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    else if (days > CALENDAR_LIMITS.maxRangeDays) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `to can be at most ${CALENDAR_LIMITS.maxRangeDays} days after from`,
      });
    }
  });

/** POST /api/services/calendar/reminders and PUT …/reminders/:id. */
export const reminderSchema = z.object({
  title: plainLine('title', {
    max: CALENDAR_LIMITS.titleLength,
    requiredMessage: 'title is required: say what to remind you of',
  }),
  date: calendarDay('date'),
  time: wallTime('time'),
  remindBeforeMinutes: z
    .union([z.null(), z.literal(REMIND_BEFORE_MINUTES)], {
      error: `remindBeforeMinutes must be one of ${REMIND_BEFORE_MINUTES.join(', ')}`,
    })
    .optional(),
});
export const reminderSchemaMatches: Same<z.input<typeof reminderSchema>, ReminderRequest> = true;

/** The `:id` of a stored calendar item (an own reminder, a service's event); the server answers 404 for a malformed one. */
export const calendarItemIdParamsSchema = z.object({ id: z.uuid() });

/** PUT /api/services/calendar/settings. */
export const reminderSettingsSchema = z.object({
  enabled: z.boolean({ error: required('enabled', 'true or false') }),
  offsets: z
    .array(z.literal(REMINDER_OFFSETS, { error: `offsets can be ${REMINDER_OFFSETS.join(', ')}` }), {
      error: `offsets must be a list, e.g. [${REMINDER_OFFSETS.join(', ')}]`,
    })
    .max(REMINDER_OFFSETS.length)
    .transform((offsets) => REMINDER_OFFSETS.filter((offset) => offsets.includes(offset))),
});
export const reminderSettingsSchemaMatches: Same<z.input<typeof reminderSettingsSchema>, ReminderSettings> = true;

/** POST /api/services/<serviceId>/calendar/events. */
export const serviceEventsSchema = z.object({
  events: z
    .array(
      z.object({
        ref: z
          .string({ error: 'ref must be text' })
          .regex(/^[A-Za-z0-9._:-]+$/, 'ref can have letters, digits and . _ : -')
          .max(CALENDAR_LIMITS.refLength)
          .optional(),
        title: z.object(
          {
            cs: plainLine('title.cs', { max: CALENDAR_LIMITS.titleLength, requiredMessage: 'title.cs is required' }),
            en: plainLine('title.en', { max: CALENDAR_LIMITS.titleLength, requiredMessage: 'title.en is required' }),
          },
          { error: 'title must be { "cs": "…", "en": "…" }' },
        ),
        date: calendarDay('date'),
        time: wallTime('time'),
        place: z.union([z.null(), plainLine('place', { max: CALENDAR_LIMITS.placeLength })]).optional(),
      }),
      { error: 'events must be a list of events' },
    )
    .min(1, 'events must have at least one event')
    .max(CALENDAR_LIMITS.eventsPerRequest, `events can have at most ${CALENDAR_LIMITS.eventsPerRequest} at once`),
});
export const serviceEventsSchemaMatches: Same<z.input<typeof serviceEventsSchema>, ServiceEventsRequest> = true;
