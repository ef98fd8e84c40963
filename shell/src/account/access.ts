import type { CatalogueEntry, LevelOfAssurance, SessionView } from '@czp/contract';
import { satisfiesLevel } from '@czp/contract';

/** May the citizen see a page or service now, and if not, what would let them. */
export type Access =
  | { kind: 'open' }
  | { kind: 'login'; level?: LevelOfAssurance }
  | { kind: 'consent' }
  | { kind: 'step-up'; required: LevelOfAssurance; actual: LevelOfAssurance };

/** The portal's personal pages: a signed-in person who consented to the processing of their data. */
export function personalPageAccess(session: SessionView): Access {
  if (!session.person) return { kind: 'login' };
  if (session.consent !== 'given') return { kind: 'consent' };
  return { kind: 'open' };
}

/** A service that requires a level of assurance needs a login at that level and the consent; others are public. */
export function serviceAccess(entry: Pick<CatalogueEntry, 'requiredLevel'>, session: SessionView): Access {
  const required = entry.requiredLevel;
  if (!required) return { kind: 'open' };
  if (!session.person) return { kind: 'login', level: required };
  if (!satisfiesLevel(session.person.levelOfAssurance, required)) {
    return { kind: 'step-up', required, actual: session.person.levelOfAssurance };
  }
  if (session.consent !== 'given') return { kind: 'consent' };
  return { kind: 'open' };
}

/** Starts a login that comes back to `returnTo`; with a level it asks the provider for (at least) that level. */
export function loginHref(returnTo: string, level?: LevelOfAssurance): string {
  const query = new URLSearchParams({ returnTo });
  if (level) query.set('level', level);
  return `/auth/login?${query}`;
}

export function consentHref(returnTo: string): string {
  return `/consent?${new URLSearchParams({ returnTo })}`;
}
