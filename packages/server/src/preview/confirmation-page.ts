import type { Locale } from '@czp/contract';
import { escapeHtml, escapeHtmlAttribute } from '../page/html.js';

/**
 * The confirmation page of a preview: the one place a preview starts. Server-rendered, without the shell and without
 * any script (nothing on it can press its button for the person), in Czech or English.
 */

const TEXT = {
  cs: {
    title: 'Náhled služby pro vývojáře',
    heading: (service: string) => `Načíst službu ${service} z vývojového serveru?`,
    what: (service: string, origin: string) =>
      `Tento prohlížeč bude načítat službu ${service} z adresy ${origin} místo zveřejněné verze. ` +
      'Platí to jen v tomto prohlížeči, ostatní lidé nejsou dotčeni.',
    warning:
      'Kód z této adresy poběží na portálu s vaším přihlášením. Potvrďte jen tehdy, když na ní běží váš vlastní ' +
      'vývojový server (czp dev --portal). Náhled skončí tlačítkem v pruhu nahoře na portálu, nebo sám za 8 hodin.',
    confirm: (origin: string) => `Načíst z ${origin}`,
    cancel: 'Zrušit a vrátit se na portál',
    refusedTitle: 'Náhled nelze spustit',
    back: 'Zpět na portál',
  },
  en: {
    title: 'Developer preview of a service',
    heading: (service: string) => `Load service ${service} from a development server?`,
    what: (service: string, origin: string) =>
      `This browser will load service ${service} from ${origin} instead of the published version. ` +
      'Only in this browser; other people are not affected.',
    warning:
      'The code from this address will run in the portal with your sign-in. Confirm only if your own development ' +
      'server runs there (czp dev --portal). The preview ends with the button in the bar at the top of the portal, ' +
      'or by itself after 8 hours.',
    confirm: (origin: string) => `Load from ${origin}`,
    cancel: 'Cancel and go back to the portal',
    refusedTitle: 'The preview cannot start',
    back: 'Back to the portal',
  },
} as const;

/** Readable without the portal's stylesheet (whose file name changes with each build). */
export const CONFIRMATION_STYLESHEET = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}
h1{font-size:1.75rem;line-height:1.25}
.warning{border-left:.375rem solid #b35900;background:#fff4e5;padding:.75rem 1rem}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-top:1.5rem}
button{font:inherit;font-weight:600;color:#fff;background:#2362a2;border:0;border-radius:.25rem;padding:.625rem 1.25rem;cursor:pointer}
button:focus-visible,a:focus-visible{outline:.1875rem solid #1a1a1a;outline-offset:.125rem}
a{color:#1a4f85}
code{font-size:.95em}`;

function document(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/preview/preview.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** The page that asks: this service from that origin, in this browser only. Its one button posts the form. */
export function confirmationPage(options: {
  locale: Locale;
  serviceId: string;
  serviceName: string;
  origin: string;
  csrfToken: string;
}): string {
  const t = TEXT[options.locale];
  const service = `„${options.serviceName}“ (${options.serviceId})`;
  const serviceEn = `“${options.serviceName}” (${options.serviceId})`;
  const named = options.locale === 'cs' ? service : serviceEn;
  return document(
    options.locale,
    t.title,
    `<h1>${escapeHtml(t.heading(named))}</h1>
<p>${escapeHtml(t.what(named, options.origin))}</p>
<p class="warning">${escapeHtml(t.warning)}</p>
<form method="post" action="/preview">
<input type="hidden" name="_csrf" value="${escapeHtmlAttribute(options.csrfToken)}">
<input type="hidden" name="service" value="${escapeHtmlAttribute(options.serviceId)}">
<input type="hidden" name="origin" value="${escapeHtmlAttribute(options.origin)}">
<button type="submit">${escapeHtml(t.confirm(options.origin))}</button>
<a href="/">${escapeHtml(t.cancel)}</a>
</form>`,
  );
}

/** Why a preview cannot start (the field named), with the way back. */
export function refusedPage(options: { locale: Locale; message: string }): string {
  const t = TEXT[options.locale];
  return document(
    options.locale,
    t.refusedTitle,
    `<h1>${escapeHtml(t.refusedTitle)}</h1>
<p>${escapeHtml(options.message)}</p>
<p><a href="/">${escapeHtml(t.back)}</a></p>`,
  );
}
