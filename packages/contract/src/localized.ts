import { z } from 'zod/mini';

import { LOCALES } from './locales.js';

export const localeSchema = z.enum(LOCALES);

/** Text a person reads, in every locale: a service may not ship one language only. */
export const localizedTextSchema = z.object({
  cs: z.string().check(z.trim(), z.minLength(1, 'Czech text is required'), z.maxLength(2000)),
  en: z.string().check(z.trim(), z.minLength(1, 'English text is required'), z.maxLength(2000)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
