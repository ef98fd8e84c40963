/** eIDAS levels of assurance, from weakest to strongest. */
export type LevelOfAssurance = 'low' | 'substantial' | 'high';

/** eIDAS level URIs used as `acr` values, as NIA does. */
export const ACR_VALUES: Record<LevelOfAssurance, string> = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
};

const ORDER: readonly LevelOfAssurance[] = ['low', 'substantial', 'high'];

/** The level an `acr` URI names, or undefined for an unknown URI. */
export function levelOfAcr(acr: string): LevelOfAssurance | undefined {
  return ORDER.find((level) => ACR_VALUES[level] === acr);
}

/**
 * The lowest level the relying party accepts, from `acr_values` and an `acr` member of the `claims` parameter's
 * id_token section. eIDAS levels are minimums, so of several requested values the weakest one is enough.
 * Undefined when nothing known was requested.
 */
export function requestedLevel(params: { acr_values?: unknown; claims?: unknown }): LevelOfAssurance | undefined {
  const uris: string[] = [];
  if (typeof params.acr_values === 'string') uris.push(...params.acr_values.split(' ').filter(Boolean));
  uris.push(...acrsFromClaimsParameter(params.claims));
  const levels = uris.map(levelOfAcr).filter((level) => level !== undefined);
  if (levels.length === 0) return undefined;
  return ORDER.find((level) => levels.includes(level));
}

function acrsFromClaimsParameter(claims: unknown): string[] {
  if (typeof claims !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(claims);
  } catch {
    // oidc-provider rejects an unparsable claims parameter before any interaction; nothing to add here.
    return [];
  }
  const acr = (parsed as { id_token?: { acr?: { value?: unknown; values?: unknown } } } | null)?.id_token?.acr;
  if (!acr) return [];
  const values = Array.isArray(acr.values) ? acr.values : [acr.value];
  return values.filter((value): value is string => typeof value === 'string');
}
