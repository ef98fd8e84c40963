import type { SignedInPerson } from '@czp/contract';

/**
 * The calculator is public; the application is made in the citizen's name and needs at least the substantial level.
 * The portal's submissions route requires a session and consent whatever the remote says; the level is checked
 * per service (`requiredLevel`), which would lock the public calculator too, so the level of the application is
 * asked for here (see the README).
 */
export function mayApply(person: SignedInPerson | null): boolean {
  return person !== null && (person.levelOfAssurance === 'substantial' || person.levelOfAssurance === 'high');
}

/** The portal's login at the substantial level, coming back to the calculator. */
export function loginHref(returnTo: string): string {
  return `/auth/login?${new URLSearchParams({ returnTo, level: 'substantial' })}`;
}
