/** eIDAS levels of assurance, weakest first: how sure the portal is of who is signed in. */
export const LEVELS_OF_ASSURANCE = ['low', 'substantial', 'high'] as const;
export type LevelOfAssurance = (typeof LEVELS_OF_ASSURANCE)[number];

export function isLevelOfAssurance(value: unknown): value is LevelOfAssurance {
  return typeof value === 'string' && (LEVELS_OF_ASSURANCE as readonly string[]).includes(value);
}

/** True when a session at `actual` may use something that requires `required` (none = anyone signed in). */
export function satisfiesLevel(actual: LevelOfAssurance, required: LevelOfAssurance | undefined): boolean {
  return required === undefined || LEVELS_OF_ASSURANCE.indexOf(actual) >= LEVELS_OF_ASSURANCE.indexOf(required);
}
