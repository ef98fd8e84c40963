import { html, type SafeHtml } from './html.js';
import { type Locale, MESSAGES, type Messages } from './messages.js';

/** What every page needs: its language and where the language link goes. */
export interface View {
  locale: Locale;
  /** URL of the same page in the other language. */
  languageHref: string;
}

export interface FieldError {
  message: string;
}

export const STYLESHEET_PATH = '/dev-idp.css';
export const ICON_PATH = '/dev-idp.svg';

function t(view: View): Messages {
  return MESSAGES[view.locale];
}

function layout(view: View, title: string, main: SafeHtml, extra?: { aside?: SafeHtml; script?: SafeHtml }): string {
  const m = t(view);
  const other: Locale = view.locale === 'cs' ? 'en' : 'cs';
  return html`<!doctype html>
<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — ${m.brand}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
</head>
<body>
<header>
<div class="bar"><div class="wrap bar-inner">
<p class="brand">${m.brand}</p>
<a href="${view.languageHref}" lang="${other}" hreflang="${other}">${m.switchLanguage}</a>
</div></div>
<div class="banner"><div class="wrap"><p><strong>${m.devBanner}</strong>. ${m.devBannerDetail}</p></div></div>
</header>
<main class="wrap">
${main}
</main>
${extra?.aside}
${extra?.script}
</body>
</html>
`.markup;
}

function cancelForm(view: View, action: string, label?: string): SafeHtml {
  return html`<form method="post" action="${action}" id="cancel-form">
<button type="submit" class="button button-secondary">${label ?? t(view).cancel}</button>
</form>`;
}

function errorText(view: View, error: FieldError | undefined, id: string): SafeHtml | undefined {
  if (!error) return undefined;
  return html`<p class="error" id="${id}"><span>${t(view).errorPrefix}</span> ${error.message}</p>`;
}

/** Ids an input is described by: its hint and, when present, its error. */
function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

export function chooseMethodPage(
  view: View,
  input: { service: string; highOnly: boolean; cardHref: string; passwordHref: string; cancelAction: string },
): string {
  const m = t(view);
  return layout(
    view,
    m.loginTitle,
    html`<h1>${m.loginTitle}</h1>
<p>${m.serviceAsks(input.service)}</p>
${input.highOnly && html`<p class="notice" data-testid="high-required">${m.highRequired}</p>`}
<p>${m.chooseMethod}</p>
<ul class="methods">
<li><a class="method" href="${input.cardHref}" data-testid="method-card"><span class="method-name">${m.methodCard}</span><span class="method-level">${m.levelHigh}</span></a></li>
${
  !input.highOnly &&
  html`<li><a class="method" href="${input.passwordHref}" data-testid="method-password"><span class="method-name">${m.methodPassword}</span><span class="method-level">${m.levelSubstantial}</span></a></li>`
}
</ul>
${cancelForm(view, input.cancelAction)}`,
  );
}

export function cardPage(
  view: View,
  input: {
    /** In the order shown. */
    cards: { number: string; holder: string }[];
    /** The card the person chose in the form just sent; never a default. */
    selected?: string;
    cardError?: FieldError;
    pinError?: FieldError;
    action: string;
    backHref: string;
    cancelAction: string;
  },
): string {
  const m = t(view);
  // No card is ever chosen for the person: on a step-up a pre-chosen card logged in whoever held it.
  const selected = input.selected;
  return layout(
    view,
    input.cardError || input.pinError ? `${m.errorPrefix} ${m.cardTitle}` : m.cardTitle,
    html`<h1>${m.cardTitle}</h1>
<p>${m.cardIntro}</p>
<form method="post" action="${input.action}" id="card-form" novalidate>
<fieldset${input.cardError && html` aria-describedby="card-error"`}>
<legend>${m.cardLegend}</legend>
${errorText(view, input.cardError, 'card-error')}
${input.cards.map(
  (card, i) => html`<div class="choice"><input type="radio" name="card" id="card-${i}" value="${card.number}"${
    card.number === selected && html` checked`
  }><label for="card-${i}">${m.cardOption(card.number, card.holder)}</label></div>
`,
)}
</fieldset>
<div class="field">
<label for="pin">${m.pin}</label>
<p class="hint" id="pin-hint">${m.pinHint}</p>
${errorText(view, input.pinError, 'pin-error')}
<input type="password" id="pin" name="pin" inputmode="numeric" autocomplete="off" required aria-describedby="${describedBy(
      'pin-hint',
      input.pinError && 'pin-error',
    )}"${input.pinError && html` aria-invalid="true"`}>
</div>
<button type="submit" class="button">${m.logIn}</button>
</form>
<p><a href="${input.backHref}">${m.backToMethods}</a></p>
${cancelForm(view, input.cancelAction)}`,
  );
}

export function passwordPage(
  view: View,
  input: { username?: string; error?: FieldError; action: string; backHref: string; cancelAction: string },
): string {
  const m = t(view);
  const invalid = input.error && html` aria-invalid="true" aria-describedby="credentials-error"`;
  return layout(
    view,
    input.error ? `${m.errorPrefix} ${m.passwordTitle}` : m.passwordTitle,
    html`<h1>${m.passwordTitle}</h1>
<form method="post" action="${input.action}" id="password-form" novalidate>
${errorText(view, input.error, 'credentials-error')}
<div class="field">
<label for="username">${m.username}</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${input.username ?? ''}"${invalid}>
</div>
<div class="field">
<label for="password">${m.password}</label>
<input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
</div>
<button type="submit" class="button">${m.continue}</button>
</form>
<p><a href="${input.backHref}">${m.backToMethods}</a></p>
${cancelForm(view, input.cancelAction)}`,
  );
}

export function smsPage(
  view: View,
  input: {
    phone: string;
    devCode?: string;
    error?: FieldError;
    expired: boolean;
    action: string;
    resendAction: string;
    cancelAction: string;
  },
): string {
  const m = t(view);
  const error = input.expired ? { message: m.smsCodeExpired } : input.error;
  const aside =
    input.devCode === undefined
      ? undefined
      : html`<aside class="wrap" aria-label="${m.devBox}">
<div class="devbox"><p class="devbox-title">${m.devBox}</p>
<p>${m.devBoxText} <code data-testid="dev-sms-code">${input.devCode}</code></p></div>
</aside>`;
  return layout(
    view,
    error ? `${m.errorPrefix} ${m.smsTitle}` : m.smsTitle,
    html`<h1>${m.smsTitle}</h1>
<p>${m.smsSent(input.phone)}</p>
<form method="post" action="${input.action}" id="sms-form" novalidate>
<div class="field">
<label for="code">${m.smsCode}</label>
<p class="hint" id="code-hint">${m.smsCodeHint}</p>
${errorText(view, error, 'code-error')}
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required aria-describedby="${describedBy(
      'code-hint',
      error && 'code-error',
    )}"${error && html` aria-invalid="true"`}>
</div>
<button type="submit" class="button">${m.logIn}</button>
</form>
${
  input.expired &&
  html`<form method="post" action="${input.resendAction}" id="resend-form">
<button type="submit" class="button button-secondary">${m.sendNewCode}</button>
</form>`
}
${cancelForm(view, input.cancelAction)}`,
    aside ? { aside } : undefined,
  );
}

/** The end of a locked attempt: only going back to the service is left. */
export function lockedPage(view: View, input: { message: string; cancelAction: string }): string {
  const m = t(view);
  return layout(
    view,
    m.lockedTitle,
    html`<h1>${m.lockedTitle}</h1>
<p data-testid="locked">${input.message}</p>
${cancelForm(view, input.cancelAction, m.startOver)}`,
  );
}

/** A page that only explains something: errors, an expired login, a refused method. */
export function messagePage(
  view: View,
  input: { title: string; message: string; backHref?: string; backLabel?: string; cancelAction?: string },
): string {
  return layout(
    view,
    input.title,
    html`<h1>${input.title}</h1>
<p data-testid="message">${input.message}</p>
${input.backHref && html`<p><a href="${input.backHref}">${input.backLabel ?? t(view).backToMethods}</a></p>`}
${input.cancelAction && cancelForm(view, input.cancelAction, t(view).startOver)}`,
  );
}

/**
 * The RP-initiated logout page. `form` is oidc-provider's hidden form (id op.logoutForm, with its xsrf token); the
 * visible button submits it with logout=yes, and a nonce'd script presses the button so logout normally needs no click.
 */
export function logoutPage(view: View, input: { service?: string; form: SafeHtml; nonce: string }): string {
  const m = t(view);
  return layout(
    view,
    m.logoutTitle,
    html`<h1>${m.logoutTitle}</h1>
<p>${m.logoutQuestion(input.service)}</p>
<p>${m.logoutAutomatic}</p>
${input.form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" id="logout-button" class="button">${m.logoutButton}</button>`,
    {
      script: html`<script nonce="${input.nonce}">document.getElementById('logout-button').click();</script>`,
    },
  );
}

export function loggedOutPage(view: View): string {
  const m = t(view);
  return layout(view, m.loggedOutTitle, html`<h1>${m.loggedOutTitle}</h1><p>${m.loggedOut}</p>`);
}

/** oidc-provider's error page (renderError): the OAuth error and its description, never a stack. */
export function providerErrorPage(view: View, input: { error: string; description?: string }): string {
  const m = t(view);
  return layout(
    view,
    m.providerErrorTitle,
    html`<h1>${m.providerErrorTitle}</h1>
<p>${m.providerError}</p>
<dl>
<dt>error</dt><dd data-testid="error">${input.error}</dd>
${input.description && html`<dt>error_description</dt><dd>${input.description}</dd>`}
</dl>`,
  );
}
