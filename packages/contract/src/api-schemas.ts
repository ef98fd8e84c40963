/**
 * Request schemas of the JSON API (full zod, with messages a person can act on): validated by the server only, so
 * they stay out of every browser bundle. The shapes they check are the interfaces of the main entry.
 */
import { z } from 'zod';
import { REMOTE_FAILURE_REASONS, type RemoteFailureReport } from './remote-failures.js';
import { serviceIdSchema } from './service.js';

/** `field is required` when absent, `field must be …` when present but wrong: the one wording of every API. */
export const required = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required` : `${field} must be ${expectation}`;

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
  message: z.string({ error: required('message', 'text') }).max(500, 'message must be at most 500 characters'),
  page: z
    .string({ error: required('page', 'a path starting with /') })
    .max(2000, 'page must be at most 2000 characters')
    .regex(/^\/(?!\/)/, 'page must be a path starting with / (not a full URL)'),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const remoteFailureSchemaMatches: Same<z.infer<typeof remoteFailureSchema>, RemoteFailureReport> = true;
