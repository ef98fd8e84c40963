import { z } from 'zod/mini';
import { SERVICE_CATEGORIES } from './categories.js';
import { DATA_CATEGORIES } from './data-categories.js';
import { LEVELS_OF_ASSURANCE } from './levels.js';
import { cleanLine, cleanMultiline, controlMessage, isVisibleText, textProblem } from './text.js';

/** A service id is also a URL segment and a Module Federation remote name, so it is kept plain. */
export const serviceIdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9-]{1,39}$/,
      'A service id is 2–40 lower-case letters, digits or hyphens, starting with a letter',
    ),
  );
export type ServiceId = z.infer<typeof serviceIdSchema>;

/**
 * The Module Federation name of a service's remote: `czp_` and its id with underscores for hyphens (a JavaScript
 * identifier). The shell loads remotes by it, so a remote named after another service would stand in for that one.
 */
export function federationNameOf(serviceId: string): string {
  return `czp_${serviceId.replaceAll('-', '_')}`;
}

/**
 * Text of czp.service.json under the one text rule (text.ts), for zod/mini (the shell parses the catalogue with it):
 * control characters refused naming the field, invisible-only text empty, one-line text cleaned of line breaks and
 * directional overrides, multi-line text kept in lines.
 */
export function plainMini(
  field: string,
  options: { max: number; requiredMessage?: string; multiline?: boolean },
): z.ZodMiniString<string> {
  const clean = options.multiline ? cleanMultiline : cleanLine;
  return z.string().check(
    z.refine((value: string) => textProblem(value) !== 'control', { error: controlMessage(field), abort: true }),
    z.overwrite((value: string) => (isVisibleText(value) ? clean(value) : '')),
    ...(options.requiredMessage ? [z.minLength(1, options.requiredMessage)] : []),
    z.maxLength(options.max, `${field} must be at most ${options.max} characters`),
  );
}

/** Text a person reads, in every locale (a service may not ship one language only), under the one text rule. */
const plainLocalized = (field: string, multiline = false) =>
  z.object({
    cs: plainMini(`${field}.cs`, { max: 2000, requiredMessage: 'Czech text is required', multiline }),
    en: plainMini(`${field}.en`, { max: 2000, requiredMessage: 'English text is required', multiline }),
  });

export const semverSchema = z
  .string()
  .check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'A version is semantic: MAJOR.MINOR.PATCH, for example 1.4.0'));

export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES);

export const supportContactSchema = z.object({
  email: z.string().check(
    z.refine((value: string) => textProblem(value) !== 'control', {
      error: controlMessage('support.email'),
      abort: true,
    }),
    z.email('Technical support e-mail must be an e-mail address'),
  ),
  phone: z
    .string()
    .check(z.regex(/^\+?[0-9 ]{9,20}$/, 'Technical support phone must be digits, spaces and an optional +')),
});

/** Who publishes a service: a municipality or a ministry, identified by its IČO (company number). */
export const issuerSchema = z.object({
  id: serviceIdSchema,
  name: plainLocalized('issuer.name'),
  ico: z.string().check(z.regex(/^\d{8}$/, 'IČO is 8 digits')),
});
export type Issuer = z.infer<typeof issuerSchema>;

const submissionTypeIdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9-]{1,39}$/,
      'A submission type id is 2–40 lower-case letters, digits or hyphens, starting with a letter',
    ),
  );

/**
 * One kind of application a service accepts (`submissions` in czp.service.json). Its `schema` is only required to be
 * an object here: the server compiles it as JSON Schema draft 2020-12 when the version is published and refuses the
 * version naming the field when it does not compile (the shell has no JSON Schema compiler, nor needs one).
 */
export const submissionDeclarationSchema = z.object({
  id: submissionTypeIdSchema,
  name: plainLocalized('submissions.name'),
  schema: z.record(z.string(), z.unknown(), {
    error: 'submissions.schema must be a JSON Schema (an object) of the form data',
  }),
  attachments: z.optional(
    z.object({
      max: z
        .int({ error: 'attachments.max must be a whole number from 1 to 10' })
        .check(
          z.minimum(1, 'attachments.max must be a whole number from 1 to 10'),
          z.maximum(10, 'attachments.max must be a whole number from 1 to 10'),
        ),
      maxBytes: z
        .int({ error: 'attachments.maxBytes must be a whole number of bytes up to 10485760 (10 MB)' })
        .check(
          z.minimum(1, 'attachments.maxBytes must be at least 1 byte'),
          z.maximum(10 * 1024 * 1024, 'attachments.maxBytes must be at most 10485760 (10 MB)'),
        ),
      mediaTypes: z
        .array(
          z
            .string()
            .check(
              z.regex(
                /^[a-z]+\/[a-z0-9.+-]+$/,
                'attachments.mediaTypes must list media types such as application/pdf or image/jpeg',
              ),
            ),
        )
        .check(
          z.minLength(1, 'attachments.mediaTypes must name at least one media type'),
          z.maxLength(30, 'attachments.mediaTypes may name at most 30 media types'),
        ),
    }),
  ),
});

/**
 * What a remote says about itself (`czp.service.json` beside its package.json).
 * Published together with the bundle and validated by the server.
 */
export const serviceMetadataSchema = z.object({
  id: serviceIdSchema,
  issuer: issuerSchema,
  name: plainLocalized('name'),
  description: plainLocalized('description', true),
  category: serviceCategorySchema,
  region: z.optional(plainMini('region', { max: 80 })),
  // http(s) only: it becomes a link on the service's page (never javascript: or data:).
  web: z.optional(
    z
      .url({ protocol: /^https?$/, error: 'Web site must be an http(s) address, e.g. https://www.telc.eu' })
      .check(
        z.refine((value: string) => textProblem(value) !== 'control', { error: controlMessage('web'), abort: true }),
      ),
  ),
  support: supportContactSchema,
  /** The level of assurance a citizen must have signed in with; absent = the service is public. */
  requiredLevel: z.optional(
    z.enum(LEVELS_OF_ASSURANCE, { error: 'requiredLevel must be one of low, substantial, high' }),
  ),
  /** The service's logo: an .svg or .png file in the bundle's root. */
  logo: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[A-Za-z0-9_-]{1,60}\.(svg|png)$/,
          'logo must be the name of an .svg or .png file in the bundle, for example logo.svg',
        ),
      ),
  ),
  /**
   * A GET below the service's API (e.g. "/unread-count") answering `{ count: number }`: the shell shows the count in
   * the service's navigation (its main tab) without loading the remote.
   */
  badgeApi: z.optional(
    z
      .string()
      .check(
        z.regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'badgeApi must be a path like /unread-count below the service’s API'),
      ),
  ),
  /** What of the citizen's data the service may read; shown before the citizen adds it. */
  dataReads: z.optional(
    z
      .array(z.enum(DATA_CATEGORIES, { error: `dataReads may name only: ${DATA_CATEGORIES.join(', ')}` }))
      .check(z.maxLength(DATA_CATEGORIES.length)),
  ),
  /** The applications citizens can send through the portal to the issuer (SDK `submit`, PODÁNÍ). */
  submissions: z.optional(
    z.array(submissionDeclarationSchema).check(
      z.maxLength(20, 'A service can declare at most 20 submission types'),
      z.refine((types) => new Set(types.map((type) => type.id)).size === types.length, {
        error: 'Each submission type needs an id of its own: two have the same id',
      }),
    ),
  ),
});
export type ServiceMetadata = z.infer<typeof serviceMetadataSchema>;
