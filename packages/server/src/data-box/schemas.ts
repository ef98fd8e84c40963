import { z } from 'zod';

/** Every input of the data box API, with messages a person can act on. */

export const folderQuerySchema = z.object({
  folder: z.enum(['inbox', 'sent', 'drafts'], { error: 'folder must be inbox, sent or drafts' }).default('inbox'),
  page: z.coerce
    .number({ error: 'page must be a number from 1' })
    .int('page must be a whole number')
    .min(1, 'page must be a number from 1')
    .max(100_000, 'There are not that many pages')
    .default(1),
  q: z.string().trim().max(200, 'Search for at most 200 characters').optional(),
});

export const idParamsSchema = z.object({ id: z.uuid() });
export const attachmentParamsSchema = z.object({
  messageId: z.uuid(),
  position: z.coerce.number().int().min(0).max(1000),
});

export const messageFieldsSchema = z.object({
  recipient: z
    .string({ error: 'Choose a recipient' })
    .trim()
    .min(1, 'Choose a recipient')
    .max(100, 'Choose a recipient from the list'),
  subject: z
    .string({ error: 'Write a subject' })
    .trim()
    .min(1, 'Write a subject')
    .max(255, 'The subject can have at most 255 characters'),
  body: z
    .string()
    .max(20_000, 'The text can have at most 20 000 characters; send a longer text as an attachment')
    .refine((body) => !body.includes('\u0000'), 'The text contains characters that are not text')
    .default(''),
  draft: z.enum(['true', 'false'], { error: 'draft must be "true" or "false"' }).optional(),
  idempotencyKey: z
    .string()
    .regex(
      /^[A-Za-z0-9._:-]{1,128}$/,
      'idempotencyKey must be 1–128 letters, digits, dots, colons, dashes or underscores',
    )
    .optional(),
  keepAttachments: z
    .string()
    .regex(/^(\d{1,3}(,\d{1,3})*)?$/, 'keepAttachments must list attachment positions separated by commas, e.g. 0,2')
    .optional(),
});

const CZECH_PHONE = /^(?:\+420)?(\d{9})$/;

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
      .array(z.enum(['portal', 'email', 'sms'], { error: 'channels can be portal, email and sms' }), {
        error: 'channels must be a list, e.g. ["portal", "email"]',
      })
      .max(3)
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
    channels: (['portal', 'email', 'sms'] as const).filter(
      (channel) => channel === 'portal' || value.channels.includes(channel),
    ),
  }));
