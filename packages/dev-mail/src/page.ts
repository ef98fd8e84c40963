import { html, type SafeHtml } from './html.js';
import type { CaughtEmail, CaughtMessages, CaughtSms } from './inbox.js';
import { LABELS, type Language } from './labels.js';

export const STYLESHEET_PATH = '/dev-mail.css';

type Labels = (typeof LABELS)[Language];

function when(iso: string, language: Language): SafeHtml {
  const shown = new Intl.DateTimeFormat(language === 'cs' ? 'cs-CZ' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Prague',
  }).format(new Date(iso));
  return html`<time datetime="${iso}">${shown}</time>`;
}

function emailItem(email: CaughtEmail, labels: Labels, language: Language): SafeHtml {
  return html`<li class="message">
    <article aria-labelledby="${email.id}-subject">
      <h3 id="${email.id}-subject">${email.subject || labels.noSubject}</h3>
      <dl>
        <dt>${labels.from}</dt><dd>${email.from}</dd>
        <dt>${labels.to}</dt><dd>${email.to}</dd>
        <dt>${labels.received}</dt><dd>${when(email.date, language)}</dd>
      </dl>
      <pre>${email.text}</pre>
      ${email.html !== null && html`<p><a href="/emails/${email.id}.html">${labels.htmlVersion}</a></p>`}
    </article>
  </li>`;
}

function smsItem(sms: CaughtSms, labels: Labels, language: Language): SafeHtml {
  return html`<li class="message">
    <article aria-labelledby="${sms.id}-to">
      <h3 id="${sms.id}-to">${labels.to}: ${sms.to}</h3>
      <dl><dt>${labels.received}</dt><dd>${when(sms.date, language)}</dd></dl>
      <pre>${sms.text}</pre>
    </article>
  </li>`;
}

function layout(language: Language, title: string, body: SafeHtml): string {
  const labels = LABELS[language];
  return `<!doctype html>${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="banner"><p class="wrap">${labels.banner}</p></header>
<main class="wrap">${body}</main>
</body>
</html>`}`;
}

/** The inbox: e-mails, then SMS, each newest first. Works without JavaScript; "Refresh" is a plain link. */
export function inboxPage(messages: CaughtMessages, language: Language): string {
  const labels = LABELS[language];
  const other: Language = language === 'cs' ? 'en' : 'cs';
  const body = html`<h1>${labels.heading}</h1>
<div class="actions">
  <a href="/?lang=${language}">${labels.refresh}</a>
  <form method="post" action="/clear?lang=${language}"><button class="button" type="submit">${labels.clear}</button></form>
  <a href="/?lang=${other}" lang="${other}" hreflang="${other}">${labels.otherLanguage}</a>
</div>
<section aria-labelledby="emails-heading">
  <h2 id="emails-heading">${labels.emails} (${messages.emails.length})</h2>
  ${
    messages.emails.length === 0
      ? html`<p>${labels.noEmails}</p>`
      : html`<ol class="messages">${messages.emails.map((email) => emailItem(email, labels, language))}</ol>`
  }
</section>
<section aria-labelledby="sms-heading">
  <h2 id="sms-heading">${labels.sms} (${messages.sms.length})</h2>
  ${
    messages.sms.length === 0
      ? html`<p>${labels.noSms}</p>`
      : html`<ol class="messages">${messages.sms.map((sms) => smsItem(sms, labels, language))}</ol>`
  }
</section>`;
  return layout(language, `${labels.title} (${messages.emails.length + messages.sms.length})`, body);
}

export function notFoundPage(language: Language): string {
  const labels = LABELS[language];
  return layout(
    language,
    labels.title,
    html`<h1>${labels.notFound}</h1><p><a href="/?lang=${language}">${labels.back}</a></p>`,
  );
}
