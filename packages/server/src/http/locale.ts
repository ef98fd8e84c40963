import { DEFAULT_LOCALE, isLocale, type Locale } from '@czp/contract';

/** The citizen's chosen locale (cookie), else the browser's preference between Czech and English, else Czech. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    if (lang === 'en') return 'en';
    if (lang === 'cs' || lang === 'sk') return 'cs';
  }
  return DEFAULT_LOCALE;
}
