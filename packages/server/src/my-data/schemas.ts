/**
 * What the "my data" routes accept (server-side zod): every refusal names its field. The shapes are the contract's
 * (registers.ts): AccessLogQuery, the complaint's form fields.
 */
import {
  ACCESS_LOG_LIMITS,
  type AccessLogQuery,
  COMPLAINT_LIMITS,
  LOCALES,
  REGISTER_ITEMS,
  REGISTERS,
  type RegisterId,
} from '@czp/contract';
import { plainText, required } from '@czp/contract/api-schemas';
import { z } from 'zod';
import { isCalendarDate } from './dates.js';

const registerSchema = (field = 'register') =>
  z.enum(REGISTERS, { error: required(field, `one of ${REGISTERS.join(', ')}`) });

export const registerParamsSchema = z.object({ register: registerSchema() });

/** The portal section that reads (PORTAL_READERS): the DATA tab, PROFILE or DOCUMENTS. */
const MY_DATA_SECTIONS = ['data', 'profile', 'documents'] as const;
export const registerQuerySchema = z.object({
  section: z.enum(MY_DATA_SECTIONS, { error: `section must be one of ${MY_DATA_SECTIONS.join(', ')}` }).default('data'),
});

const day = (field: 'from' | 'to') =>
  z
    .string()
    .refine(isCalendarDate, { error: `${field} must be a date YYYY-MM-DD` })
    .optional();

const accessLogFilterShape = {
  register: registerSchema().optional(),
  // `portal`, `service`, `authority`, or the id of one reader (a portal section, a service, an authority).
  reader: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'reader must be portal, service, authority or the id of a reader')
    .optional(),
  from: day('from'),
  to: day('to'),
};
const periodInOrder = <T extends { from?: string | undefined; to?: string | undefined }>(value: T) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;
const PERIOD_ORDER = { error: 'to must not be before from', path: ['to'] };

/** GET /access-log. */
export const accessLogQuerySchema = z
  .object({
    ...accessLogFilterShape,
    page: z.coerce
      .number({ error: 'page must be a whole number' })
      .int('page must be a whole number')
      .min(1, 'page must be at least 1')
      .max(ACCESS_LOG_LIMITS.maxPage, `page must be at most ${ACCESS_LOG_LIMITS.maxPage}`)
      .default(1),
  })
  .refine(periodInOrder, PERIOD_ORDER) satisfies z.ZodType<AccessLogQuery & { page: number }, unknown>;

/** GET /access-log.csv and .pdf: the same filters (all pages) and, for a download link, the language of the file. */
export const accessLogExportQuerySchema = z
  .object({
    ...accessLogFilterShape,
    locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(', ')}` }).optional(),
  })
  .refine(periodInOrder, PERIOD_ORDER);

export type AccessLogFilter = Omit<AccessLogQuery, 'page'>;

/** POST /complaints: the text fields of the form (the attachment is read beside them). */
export const complaintFieldsSchema = z
  .object({
    register: registerSchema(),
    item: z
      .string({ error: required('item', 'an item of the register') })
      .max(40, 'item must be an item of the register'),
    problem: plainText('problem', {
      max: COMPLAINT_LIMITS.problemLength,
      requiredMessage: 'Describe what is wrong with the data',
      maxMessage: `The description can have at most ${COMPLAINT_LIMITS.problemLength} characters`,
    }),
    correctValue: plainText('correctValue', {
      max: COMPLAINT_LIMITS.correctValueLength,
      maxMessage: `The correct value can have at most ${COMPLAINT_LIMITS.correctValueLength} characters`,
    }).optional(),
  })
  .superRefine((value, context) => {
    if (REGISTERS.includes(value.register) && !isItemOf(value.register, value.item)) {
      context.addIssue({
        code: 'custom',
        path: ['item'],
        message: `item must be one of ${Object.keys(REGISTER_ITEMS[value.register]).join(', ')} (the items of ${value.register})`,
      });
    }
  });

function isItemOf(register: RegisterId, item: string): boolean {
  return Object.hasOwn(REGISTER_ITEMS[register], item);
}
