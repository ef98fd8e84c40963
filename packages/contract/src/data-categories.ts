/**
 * What of a citizen's data a service may read (shown on its detail page before the citizen adds it). Zod-free, so the
 * shell can list them without loading schemas.
 */
export const DATA_CATEGORIES = [
  'identity',
  'address',
  'contacts',
  'vehicles',
  'driving-licence',
  'trade-licences',
  'real-estate',
  'benefits',
  'health-insurance',
  'health-records',
  'submissions',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
