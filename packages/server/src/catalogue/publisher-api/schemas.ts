import { semverSchema, serviceIdSchema } from '@czp/contract';
import { z } from 'zod';
import { PublisherError } from './errors.js';

const required = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required: ${expectation}` : `${field} must be ${expectation}`;

export const serviceParamsSchema = z.object({
  serviceId: z.string().pipe(serviceIdSchema),
});

export const activateBodySchema = z.object({
  version: z.string({ error: required('version', 'the published version to activate, e.g. 1.0.0') }).pipe(semverSchema),
});

/** POST /services/:serviceId/external: a version of a remote hosted on the issuer's own origin. */
export const externalBodySchema = z.object({
  version: z
    .string({ error: required('version', 'the semantic version being registered, e.g. 1.2.0') })
    .trim()
    .min(1, 'version is required: the semantic version being registered, e.g. 1.2.0'),
  metadata: z.record(z.string(), z.unknown(), {
    error: required('metadata', 'the content of czp.service.json, as a JSON object'),
  }),
  baseUrl: z
    .string({ error: required('baseUrl', "the URL of the folder the built remote's files are served from") })
    .max(500, 'baseUrl must be at most 500 characters')
    .refine((value) => value.endsWith('/'), {
      error: 'baseUrl must end with "/": it is the folder mf-manifest.json and remoteEntry.js are in',
    }),
  activate: z
    .boolean({ error: 'activate must be true (the default) or false (keep the version as a draft)' })
    .default(true),
});

export const tokenNameSchema = z
  .string({ error: required('name', 'a name that says where the token is used, e.g. CI') })
  .trim()
  .min(1, 'name must not be empty: say where the token is used, e.g. CI')
  .max(80, 'name must be at most 80 characters');

export const createTokenBodySchema = z.object({ name: tokenNameSchema });

export const tokenParamsSchema = z.object({
  id: z.uuid('the token id is the id shown by GET /api/publisher/tokens'),
});

export const auditQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number between 1 and 500' })
    .int('limit must be a whole number between 1 and 500')
    .min(1, 'limit must be between 1 and 500')
    .max(500, 'limit must be between 1 and 500')
    .default(50),
});

/** Parses a request part, or refuses it with 400 naming the field and what to send instead. */
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw new PublisherError(400, 'validation', issue?.message ?? `The ${what} is not valid`, field);
}
