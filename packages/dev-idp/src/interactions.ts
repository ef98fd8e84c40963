import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { type AttemptState, AttemptStore } from './attempts.js';
import {
  citizenByCard,
  citizenBySub,
  citizenByUsername,
  fullName,
  maskedPhone,
  TEST_CITIZENS,
  type TestCitizen,
} from './citizens.js';
import { accountKey, LoginGuards } from './guards.js';
import { HttpError, pageSecurityHeaders, readForm, redirect, sendHtml } from './http.js';
import { ACR_VALUES, requestedLevel } from './levels.js';
import { type Locale, MESSAGES, type Messages, pickLocale } from './messages.js';
import { cardPage, chooseMethodPage, lockedPage, messagePage, passwordPage, smsPage, type View } from './pages.js';
import { TTL } from './provider.js';
import { SmsCodeStore } from './sms-codes.js';

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

export interface InteractionOptions {
  provider: Provider;
  /** Origins the pages' form-action allows besides 'self' (the relying parties' redirect targets). */
  formActionOrigins: readonly string[];
  log: (message: string, fields?: Record<string, unknown>) => void;
  now: () => number;
}

/** Handles one request under /interaction/; the caller routes everything else to oidc-provider. */
export type InteractionHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Steps of a login attempt, the path after /interaction/:uid. Each POST has a GET page of the same path. */
type Step = '' | '/card' | '/password' | '/sms' | '/sms/resend' | '/cancel';

const ROUTES: Record<Step, { GET?: true; POST?: true }> = {
  '': { GET: true },
  '/card': { GET: true, POST: true },
  '/password': { GET: true, POST: true },
  '/sms': { GET: true, POST: true },
  '/sms/resend': { POST: true },
  '/cancel': { POST: true },
};

/** The posts that try a credential; the rate limits count these. */
const LOGIN_POSTS: ReadonlySet<Step> = new Set(['/card', '/password', '/sms', '/sms/resend']);

const PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/[a-z/]*)?$/;

/** What a step handler works with. */
interface Turn {
  req: IncomingMessage;
  res: ServerResponse;
  uid: string;
  details: Interaction;
  step: Step;
  state: AttemptState;
  view: View;
  m: Messages;
  /** URL of a step of this attempt, in the page's language. */
  url: (step: Step) => string;
}

export function createInteractionHandler(options: InteractionOptions): InteractionHandler {
  const { provider, log } = options;
  const attempts = new AttemptStore(options.now, TTL.Interaction * 1000);
  const smsCodes = new SmsCodeStore({ now: options.now });
  const guards = new LoginGuards(options.now);
  const headers = pageSecurityHeaders(options.formActionOrigins);

  const page = (res: ServerResponse, status: number, body: string) => sendHtml(res, status, body, headers);

  /** Whole minutes until a lock ends, at least 1, for the messages. */
  const minutesUntil = (until: number) => Math.max(1, Math.ceil((until - options.now()) / 60_000));

  /** A page for a request that belongs to no usable attempt; its language link goes to the step's GET page. */
  function plainView(url: URL, step: Step): View {
    const locale = pickLocale(url.searchParams.get('lang'));
    const base = url.pathname.slice(0, url.pathname.length - step.length);
    return { locale, languageHref: `${base}${pageOf(step)}?lang=${other(locale)}` };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = PATH.exec(url.pathname);
    const step = (match?.[2] ?? '') as Step;
    if (!match?.[1] || !Object.hasOwn(ROUTES, step)) {
      const view = plainView(url, '');
      const m = MESSAGES[view.locale];
      return page(res, 404, messagePage(view, { title: m.notFoundTitle, message: m.notFound }));
    }
    const uid = match[1];
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if ((method !== 'GET' && method !== 'POST') || !ROUTES[step][method]) {
      const view = plainView(url, step);
      const m = MESSAGES[view.locale];
      res.setHeader('Allow', Object.keys(ROUTES[step]).join(', '));
      return page(res, 405, messagePage(view, { title: m.badRequestTitle, message: m.badRequest }));
    }

    let details: Interaction;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
      return expired(res, url, step);
    }
    // The _interaction cookie names the attempt; a URL of another attempt (an old tab) is treated as expired.
    if (details.uid !== uid) return expired(res, url, step);

    const state = attempts.get(uid);
    const chosen = url.searchParams.get('lang');
    if (chosen === 'cs' || chosen === 'en') state.lang = chosen;
    const locale = pickLocale(state.lang, details.params.ui_locales);
    const turn: Turn = {
      req,
      res,
      uid,
      details,
      step,
      state,
      view: { locale, languageHref: `/interaction/${uid}${pageOf(step)}?lang=${other(locale)}` },
      m: MESSAGES[locale],
      url: (target) => `/interaction/${uid}${target}?lang=${locale}`,
    };

    if (step === '/cancel') return cancel(turn);
    if (details.prompt.name === 'consent') {
      // The portal asks its own consent; the IdP grants what its registered clients request.
      return method === 'GET' && step === '' ? autoConsent(turn) : redirect(res, turn.url(''));
    }
    if (details.prompt.name !== 'login') return redirect(res, turn.url(''));
    if (method === 'POST' && LOGIN_POSTS.has(step)) {
      const check = guards.postsPerIp.hit(clientAddress(req));
      if (!check.allowed) return tooManyPosts(turn, check.retryAfterMs);
    }
    if (state.locked) return showLocked(turn, state.locked);

    switch (step) {
      case '':
        return showMethods(turn);
      case '/card':
        return method === 'GET' ? showCard(turn) : submitCard(turn);
      case '/password':
        return method === 'GET' ? showPassword(turn) : submitPassword(turn);
      case '/sms':
        return method === 'GET' ? showSms(turn) : submitSms(turn);
      case '/sms/resend':
        return resendSms(turn);
    }
  }

  function expired(res: ServerResponse, url: URL, step: Step): void {
    const view = plainView(url, step);
    const m = MESSAGES[view.locale];
    page(res, 400, messagePage(view, { title: m.expiredTitle, message: m.expired }));
  }

  /** 429 with Retry-After; the page links back to the step, which works again once the limit allows. */
  function tooManyPosts(turn: Turn, retryAfterMs: number): void {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    const body = messagePage(turn.view, {
      title: turn.m.rateLimitedTitle,
      message: turn.m.rateLimited(seconds),
      backHref: turn.url(pageOf(turn.step)),
      backLabel: turn.m.back,
    });
    sendHtml(turn.res, 429, body, { ...headers, 'Retry-After': String(seconds) });
  }

  /** Counts a login post for the account; false (with the 429 page sent) past the limit. */
  function allowedForAccount(turn: Turn, account: string): boolean {
    const check = guards.postsPerAccount.hit(account);
    if (!check.allowed) tooManyPosts(turn, check.retryAfterMs);
    return check.allowed;
  }

  /** Locks the attempt (the lock lasts as long as the attempt) and shows the page that ends it. */
  function lockAttempt(turn: Turn, locked: NonNullable<AttemptState['locked']>): void {
    turn.state.locked = locked;
    showLocked(turn, locked);
  }

  function showLocked(turn: Turn, locked: NonNullable<AttemptState['locked']>): void {
    const message =
      locked.reason === 'pin'
        ? turn.m.lockedPin(minutesUntil(locked.until))
        : turn.m.lockedSms(locked.until === undefined ? undefined : minutesUntil(locked.until));
    page(turn.res, 403, lockedPage(turn.view, { message, cancelAction: turn.url('/cancel') }));
  }

  function highOnly(turn: Turn): boolean {
    return requestedLevel(turn.details.params) === 'high';
  }

  async function showMethods(turn: Turn): Promise<void> {
    const clientId = String(turn.details.params.client_id);
    const client = await provider.Client.find(clientId);
    page(
      turn.res,
      200,
      chooseMethodPage(turn.view, {
        service: client?.clientName ?? clientId,
        highOnly: highOnly(turn),
        cardHref: turn.url('/card'),
        passwordHref: turn.url('/password'),
        cancelAction: turn.url('/cancel'),
      }),
    );
  }

  function renderCard(turn: Turn, status: number, extra: Partial<Parameters<typeof cardPage>[1]> = {}): void {
    // The person a step-up names comes first, so they find their card; choosing it is still theirs to do.
    const hinted = hintedCitizen(turn.details);
    const citizens = hinted ? [hinted, ...TEST_CITIZENS.filter((citizen) => citizen !== hinted)] : TEST_CITIZENS;
    const cards = citizens.flatMap((citizen) =>
      citizen.cards.map((card) => ({ number: card.number, holder: fullName(citizen) })),
    );
    page(
      turn.res,
      status,
      cardPage(turn.view, {
        cards,
        action: turn.url('/card'),
        backHref: turn.url(''),
        cancelAction: turn.url('/cancel'),
        ...extra,
      }),
    );
  }

  function showCard(turn: Turn): void {
    renderCard(turn, 200);
  }

  async function submitCard(turn: Turn): Promise<void> {
    const form = await readForm(turn.req);
    const number = form.get('card') ?? '';
    const pin = form.get('pin') ?? '';
    const holder = citizenByCard(number);
    if (!holder) return renderCard(turn, 400, { cardError: { message: turn.m.unknownCard } });
    if (pin === '') return renderCard(turn, 400, { selected: number, pinError: { message: turn.m.missingPin } });
    if (!allowedForAccount(turn, accountKey(holder.citizen))) return;
    // A locked card is refused before its PIN is looked at, so the lock tells nothing about the PIN.
    const lock = guards.pins.status(number);
    if (lock.locked) {
      return renderCard(turn, 403, {
        selected: number,
        cardError: { message: turn.m.cardLocked(minutesUntil(lock.until)) },
      });
    }
    if (pin !== holder.card.pin) {
      const after = guards.pins.fail(number);
      if (after.locked) {
        log(`dev-idp: card ${number} locked after wrong PINs`, { interaction: turn.uid });
        return lockAttempt(turn, { reason: 'pin', until: after.until });
      }
      return renderCard(turn, 200, {
        selected: number,
        pinError: { message: turn.m.wrongPin(after.failuresLeft) },
      });
    }
    guards.pins.reset(number);
    return finishLogin(turn, holder.citizen, 'card');
  }

  /** The password and SMS steps refuse to run for a service that requires the high level. */
  function refuseSubstantial(turn: Turn): boolean {
    if (!highOnly(turn)) return false;
    page(
      turn.res,
      403,
      messagePage(turn.view, {
        title: turn.m.loginTitle,
        message: turn.m.passwordNotAllowed,
        backHref: turn.url(''),
      }),
    );
    return true;
  }

  function renderPassword(turn: Turn, status: number, extra: { username?: string; error?: string } = {}): void {
    page(
      turn.res,
      status,
      passwordPage(turn.view, {
        username: extra.username,
        error: extra.error === undefined ? undefined : { message: extra.error },
        action: turn.url('/password'),
        backHref: turn.url(''),
        cancelAction: turn.url('/cancel'),
      }),
    );
  }

  function showPassword(turn: Turn): void {
    if (refuseSubstantial(turn)) return;
    renderPassword(turn, 200);
  }

  async function submitPassword(turn: Turn): Promise<void> {
    if (refuseSubstantial(turn)) return;
    const form = await readForm(turn.req);
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    if (username === '' || password === '') {
      return renderPassword(turn, 400, { username, error: turn.m.missingCredentials });
    }
    const citizen = citizenByUsername(username);
    // An unknown name is counted and locked like a known one, so neither the message nor a lock tells which exist.
    const account = accountKey(citizen, username);
    if (!allowedForAccount(turn, account)) return;
    const lock = guards.passwords.status(account);
    if (lock.locked) {
      return renderPassword(turn, 403, { username, error: turn.m.passwordLocked(minutesUntil(lock.until)) });
    }
    // One message for an unknown name and a wrong password, so the form does not tell which names exist.
    if (!citizen || citizen.password !== password) {
      const after = guards.passwords.fail(account);
      if (!after.locked) return renderPassword(turn, 200, { username, error: turn.m.wrongCredentials });
      log(`dev-idp: password login of ${username} locked after wrong passwords`, { interaction: turn.uid });
      return renderPassword(turn, 403, { username, error: turn.m.passwordLocked(minutesUntil(after.until)) });
    }
    guards.passwords.reset(account);
    const smsLock = guards.smsCodes.status(citizen.sub);
    if (smsLock.locked) {
      const message = turn.m.smsAccountLocked(minutesUntil(smsLock.until));
      return page(
        turn.res,
        403,
        messagePage(turn.view, {
          title: turn.m.lockedTitle,
          message,
          backHref: turn.url(''),
          cancelAction: turn.url('/cancel'),
        }),
      );
    }
    // Posting the password again (a reload, the back button) keeps the code already sent while it is valid.
    const codeSent = turn.state.smsFor === citizen.sub && smsCodes.current(turn.uid) !== undefined;
    if (!codeSent && !sendSmsCode(turn, citizen)) return;
    turn.state.smsFor = citizen.sub;
    redirect(turn.res, turn.url('/sms'));
  }

  /** Sends a new code unless the account had too many lately; false with the 429 page sent. */
  function sendSmsCode(turn: Turn, citizen: TestCitizen): boolean {
    const check = guards.smsSent.hit(citizen.sub);
    if (!check.allowed) {
      const body = messagePage(turn.view, {
        title: turn.m.smsTitle,
        message: turn.m.tooManyCodes(Math.max(1, Math.ceil(check.retryAfterMs / 60_000))),
        backHref: turn.url(''),
        cancelAction: turn.url('/cancel'),
      });
      const retryAfter = String(Math.max(1, Math.ceil(check.retryAfterMs / 1000)));
      sendHtml(turn.res, 429, body, { ...headers, 'Retry-After': retryAfter });
      return false;
    }
    const code = smsCodes.issue(turn.uid);
    log(`SMS code for ${citizen.username}: ${code}`, { phone: maskedPhone(citizen), interaction: turn.uid });
    return true;
  }

  /** Ends the attempt after wrong codes; `until` is when the account's SMS step unlocks, if it locked too. */
  function lockSmsAttempt(turn: Turn, citizen: TestCitizen, until: number | undefined): void {
    smsCodes.delete(turn.uid);
    log(`dev-idp: SMS code for ${citizen.username} locked after wrong attempts`, { interaction: turn.uid });
    lockAttempt(turn, until === undefined ? { reason: 'sms' } : { reason: 'sms', until });
  }

  /** The citizen who passed the password step of this attempt, if any. */
  function smsCitizen(turn: Turn): TestCitizen | undefined {
    return turn.state.smsFor === undefined ? undefined : citizenBySub(turn.state.smsFor);
  }

  function renderSms(
    turn: Turn,
    citizen: TestCitizen,
    status: number,
    extra: { error?: string; expired?: boolean } = {},
  ): void {
    page(
      turn.res,
      status,
      smsPage(turn.view, {
        phone: maskedPhone(citizen),
        devCode: smsCodes.current(turn.uid),
        error: extra.error === undefined ? undefined : { message: extra.error },
        expired: extra.expired ?? false,
        action: turn.url('/sms'),
        resendAction: turn.url('/sms/resend'),
        cancelAction: turn.url('/cancel'),
      }),
    );
  }

  function showSms(turn: Turn): void {
    if (refuseSubstantial(turn)) return;
    const citizen = smsCitizen(turn);
    if (citizen) renderSms(turn, citizen, 200, { expired: smsCodes.current(turn.uid) === undefined });
    else redirect(turn.res, turn.url('/password'));
  }

  async function submitSms(turn: Turn): Promise<void> {
    if (refuseSubstantial(turn)) return;
    const form = await readForm(turn.req);
    const citizen = smsCitizen(turn);
    if (!citizen) return redirect(turn.res, turn.url('/password'));
    const code = (form.get('code') ?? '').replace(/\s/g, '');
    if (code === '') return renderSms(turn, citizen, 400, { error: turn.m.missingSmsCode });
    if (!allowedForAccount(turn, accountKey(citizen))) return;
    // Locked by wrong codes in another attempt: this attempt's code is refused too, right or not.
    const accountLock = guards.smsCodes.status(citizen.sub);
    if (accountLock.locked) return lockSmsAttempt(turn, citizen, accountLock.until);
    const check = smsCodes.verify(turn.uid, code);
    switch (check.status) {
      case 'ok':
        guards.smsCodes.reset(citizen.sub);
        guards.smsSent.reset(citizen.sub);
        return finishLogin(turn, citizen, 'password');
      case 'wrong':
      case 'locked': {
        // Counted for the attempt (the store) and for the account (the guard); the stricter one decides.
        const account = guards.smsCodes.fail(citizen.sub);
        if (account.locked) return lockSmsAttempt(turn, citizen, account.until);
        if (check.status === 'locked') return lockSmsAttempt(turn, citizen, undefined);
        const left = Math.min(check.attemptsLeft, account.failuresLeft);
        return renderSms(turn, citizen, 200, { error: turn.m.wrongSmsCode(left) });
      }
      case 'expired':
        return renderSms(turn, citizen, 200, { expired: true });
      case 'missing':
        return redirect(turn.res, turn.url('/password'));
    }
  }

  /** A new code only replaces an expired one; a valid code stays. Codes sent count against the account's limit. */
  async function resendSms(turn: Turn): Promise<void> {
    if (refuseSubstantial(turn)) return;
    await readForm(turn.req);
    const citizen = smsCitizen(turn);
    if (!citizen) return redirect(turn.res, turn.url('/password'));
    if (!allowedForAccount(turn, accountKey(citizen))) return;
    const accountLock = guards.smsCodes.status(citizen.sub);
    if (accountLock.locked) return lockSmsAttempt(turn, citizen, accountLock.until);
    const needed = smsCodes.current(turn.uid) === undefined && !smsCodes.isLocked(turn.uid);
    if (needed && !sendSmsCode(turn, citizen)) return;
    redirect(turn.res, turn.url('/sms'));
  }

  async function finishLogin(turn: Turn, citizen: TestCitizen, method: 'card' | 'password'): Promise<void> {
    const { params } = turn.details;
    const clientId = String(params.client_id);
    const acr = method === 'card' ? ACR_VALUES.high : ACR_VALUES.substantial;
    const amr = method === 'card' ? ['hwk', 'pin'] : ['pwd', 'sms'];
    // Grant what was asked together with the login, so no separate consent round trip follows.
    const grant = new provider.Grant({ accountId: citizen.sub, clientId });
    grant.addOIDCScope(typeof params.scope === 'string' ? params.scope : 'openid');
    const claims = requestedClaimNames(params.claims);
    if (claims.length > 0) grant.addOIDCClaims(claims);
    const grantId = await grant.save();
    attempts.delete(turn.uid);
    smsCodes.delete(turn.uid);
    log(`dev-idp: ${citizen.username} logged in`, { method, acr, client: clientId });
    await provider.interactionFinished(
      turn.req,
      turn.res,
      { login: { accountId: citizen.sub, acr, amr, remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function autoConsent(turn: Turn): Promise<void> {
    const { details } = turn;
    const accountId = details.session?.accountId;
    const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(turn.req, turn.res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  /** Back to the service with error=access_denied: a cancelled or locked attempt. */
  async function cancel(turn: Turn): Promise<void> {
    await readForm(turn.req);
    const locked = turn.state.locked;
    attempts.delete(turn.uid);
    smsCodes.delete(turn.uid);
    await provider.interactionFinished(
      turn.req,
      turn.res,
      {
        error: 'access_denied',
        error_description: locked ? 'the login attempt was locked' : 'the End-User cancelled the login',
      },
      { mergeWithLastSubmission: false },
    );
  }

  /** Every failure ends as a page; an unexpected one is logged without reaching the browser. */
  return async (req, res, url) => {
    try {
      await handle(req, res, url);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const match = PATH.exec(url.pathname)?.[2] ?? '';
      const step: Step = Object.hasOwn(ROUTES, match) ? (match as Step) : '';
      const view = plainView(url, step);
      const m = MESSAGES[view.locale];
      if (error instanceof HttpError) {
        const message = error.status === 413 ? m.bodyTooLarge : m.badRequest;
        return page(res, error.status, messagePage(view, { title: m.badRequestTitle, message }));
      }
      if (error instanceof errors.SessionNotFound) return expired(res, url, step);
      log('dev-idp: interaction failed', { error: error instanceof Error ? error.message : String(error) });
      page(res, 500, messagePage(view, { title: m.serverErrorTitle, message: m.serverError }));
    }
  };
}

/** The GET page showing a step; POST-only steps show another step's page. */
function pageOf(step: Step): Step {
  if (step === '/sms/resend') return '/sms';
  if (step === '/cancel') return '';
  return step;
}

function other(locale: Locale): Locale {
  return locale === 'cs' ? 'en' : 'cs';
}

/** The client's address as the socket sees it (the provider is reached directly; no proxy header is trusted). */
function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/**
 * The citizen a step-up request names: `login_hint` (their subject or username) or the subject of `id_token_hint`.
 * oidc-provider has already validated the id_token_hint (our signature, this client) at the authorization endpoint;
 * only the order of the cards depends on it anyway.
 */
function hintedCitizen(details: Interaction): TestCitizen | undefined {
  const { login_hint: loginHint, id_token_hint: idTokenHint } = details.params;
  if (typeof loginHint === 'string') {
    const citizen = citizenBySub(loginHint) ?? citizenByUsername(loginHint);
    if (citizen) return citizen;
  }
  if (typeof idTokenHint !== 'string') return undefined;
  try {
    const payload = JSON.parse(Buffer.from(idTokenHint.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      sub?: unknown;
    };
    return typeof payload.sub === 'string' ? citizenBySub(payload.sub) : undefined;
  } catch {
    return undefined;
  }
}

/** Claim names asked for with the claims parameter (id_token and userinfo members). */
function requestedClaimNames(claims: unknown): string[] {
  if (typeof claims !== 'string') return [];
  try {
    const parsed = JSON.parse(claims) as { id_token?: object; userinfo?: object } | null;
    return [...Object.keys(parsed?.id_token ?? {}), ...Object.keys(parsed?.userinfo ?? {})];
  } catch {
    return [];
  }
}
