/** What kind of service it is (the catalogue's filter). Zod-free, so the shell can list them without loading schemas. */
export const SERVICE_CATEGORIES = ['municipality', 'ministry', 'portal', 'health', 'social', 'business'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
