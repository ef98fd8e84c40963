import { z } from 'zod/mini';
import { signedInPersonSchema } from './remote-props.js';
import { CONSENT_STATES, type SessionView } from './session.js';

/** Apart from session.ts so that importing the constants does not pull zod into a browser's first load. */
export const sessionViewSchema = z.object({
  person: z.nullable(signedInPersonSchema),
  consent: z.nullable(z.enum(CONSENT_STATES)),
  expiresAt: z.nullable(z.string()),
  idleTimeoutSeconds: z.number(),
  developmentIdentityProvider: z.boolean(),
});

// The schema and the interface must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check; its type is the test.
const sessionViewSchemaMatches: Same<z.infer<typeof sessionViewSchema>, SessionView> = true;
