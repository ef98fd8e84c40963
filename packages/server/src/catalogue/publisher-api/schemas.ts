import { semverSchema, serviceIdSchema } from '@czp/contract';
import { required as requiredOrWrong } from '@czp/contract/api-schemas';
import { z } from 'zod';

/**
 * The contract's wording of a missing or wrong field, but a missing one also says what to send: the publishing CLI
 * prints the message as it is, to a person at a terminal.
 */
const required = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required: ${expectation}` : requiredOrWrong(field, expectation)(issue);

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
