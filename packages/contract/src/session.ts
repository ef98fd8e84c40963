import type { SignedInPerson } from './remote-props.js';

/**
 * The citizen's answer to the portal's first-login question: may the portal process their data and read it from
 * the basic registers. `pending` until they answer; personal sections need `given`.
 */
export const CONSENT_STATES = ['pending', 'given', 'declined'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** What GET /api/session tells the shell (and the server embeds in the page). Never a token. Schema: session-schema.ts. */
export interface SessionView {
  person: SignedInPerson | null;
  /** null when nobody is signed in. */
  consent: ConsentState | null;
  /** When the session ends unless it is used again (ISO 8601); null when nobody is signed in. */
  expiresAt: string | null;
  /** How long a session may stay unused, so the shell can warn before it ends. */
  idleTimeoutSeconds: number;
  /** The bundled development identity provider is in use: the shell shows a banner. */
  developmentIdentityProvider: boolean;
}

/**
 * Why a login did not complete, as /auth/callback tells the shell in `/login?error=`. `different-person`: a step-up
 * (a stronger login while signed in) came back as somebody else; the session stays the one it was.
 */
export const LOGIN_ERRORS = ['cancelled', 'expired', 'failed', 'level-too-low', 'different-person'] as const;
export type LoginError = (typeof LOGIN_ERRORS)[number];
