import * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from './citizens.js';
import { LIMITS } from './guards.js';
import { ACR_VALUES } from './levels.js';
import { findForm, findLink, type Page, textOf, visibleText } from './test/browser.js';
import { begin, isMethodsPage, loggedCode, loginWithCard, passwordStep, tokensFrom } from './test/flows.js';
import { exchange, type Harness, PORTAL, startHarness } from './test/relying-party.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.close();
});

afterEach(() => {
  harness.resetClock();
});

const [jan, eva] = TEST_CITIZENS as [(typeof TEST_CITIZENS)[number], (typeof TEST_CITIZENS)[number]];

describe('identity card', () => {
  it('logs Jan in at the high level; the id_token carries his name and acr', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    expect(page.status).toBe(200);
    expect(visibleText(page)).toContain('Služba „czp-portal“ žádá o ověření vaší totožnosti.');

    const callback = await loginWithCard(browser, page, '000000001', '123456');
    expect(callback.url.searchParams.get('state')).toBe(request.checks.expectedState);
    const tokens = await tokensFrom(harness, callback, request);
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: harness.idp.issuer,
      aud: PORTAL.clientId,
      sub: jan.sub,
      name: 'Jan Novák',
      given_name: 'Jan',
      family_name: 'Novák',
      birthdate: '1980-05-14',
      acr: ACR_VALUES.high,
      amr: ['hwk', 'pin'],
      nonce: request.checks.expectedNonce,
    });
    expect(claims?.sub).not.toBe(jan.username);
  });

  it('keeps citizens apart: Eva’s card logs in Eva', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const tokens = await tokensFrom(harness, await loginWithCard(browser, page, '000000002', '654321'), request);
    expect(tokens.claims()).toMatchObject({ sub: eva.sub, name: 'Eva Svobodová' });
  });

  it('says a wrong PIN is wrong, next to the field, and still accepts the right one', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const wrong = await loginWithCard(browser, page, '000000001', '000000');
    expect(wrong.status).toBe(200);
    expect(textOf(wrong, 'dev-sms-code')).toBeUndefined();
    expect(wrong.html).toMatch(/<p class="error" id="pin-error">.*Nesprávný PIN\. Zbývají 2 pokusy\.<\/p>/);
    expect(wrong.html).toMatch(/id="pin"[^>]*aria-describedby="pin-hint pin-error"[^>]*aria-invalid="true"/);
    // The card chosen stays chosen.
    expect(findForm(wrong, 'card-form').fields.get('card')).toBe('000000001');

    const callback = await browser.submit(wrong, 'card-form', { pin: '123456' });
    expect((await tokensFrom(harness, callback, request)).claims()?.acr).toBe(ACR_VALUES.high);
  });

  it('locks the attempt after three wrong PINs; the right PIN is refused and start over returns to the portal', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    let current = await loginWithCard(browser, page, '000000001', '111111');
    current = await browser.submit(current, 'card-form', { pin: '222222' });
    expect(visibleText(current)).toContain('Zbývá 1 pokus.');
    current = await browser.submit(current, 'card-form', { pin: '333333' });
    expect(current.status).toBe(403);
    expect(textOf(current, 'locked')).toContain('Třikrát jste zadali nesprávný PIN');

    const cardUrl = new URL(`${current.url.pathname.replace(/\/card$/, '')}/card`, current.url);
    const retry = await browser.post(cardUrl, new URLSearchParams({ card: '000000001', pin: '123456' }));
    expect(retry.status).toBe(403);
    expect(retry.url.href.startsWith(PORTAL.redirectUri)).toBe(false);

    const back = await browser.submit(retry, 'cancel-form');
    expect(back.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
    expect(back.url.searchParams.get('error')).toBe('access_denied');
    expect(back.url.searchParams.get('state')).toBe(request.checks.expectedState);

    // The card itself stays locked for a while (guards.test.ts); once that is over it works again.
    harness.advance(LIMITS.pin.lockMs);
    const laterBrowser = harness.browser();
    const later = await begin(harness, laterBrowser);
    const unlocked = await loginWithCard(laterBrowser, later.page, '000000001', '123456');
    expect(unlocked.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
  });
});

describe('name, password and SMS code', () => {
  it('logs Jan in at the substantial level; the code is in the log and in the developer box', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const sms = await passwordStep(browser, page, 'jan.novak', 'Heslo.123');
    expect(sms.status).toBe(200);
    expect(visibleText(sms)).toContain('+420 *** *** 456');
    expect(sms.html).not.toContain('601 123');

    const shown = textOf(sms, 'dev-sms-code');
    expect(shown).toMatch(/^\d{6}$/);
    expect(loggedCode(harness, 'jan.novak')).toBe(shown);
    expect(sms.html).toMatch(/<aside class="wrap" aria-label="Vývojářský box">/);
    expect(sms.html).toMatch(/id="code"[^>]*autocomplete="one-time-code"/);

    const callback = await browser.submit(sms, 'sms-form', { code: shown ?? '' });
    const claims = (await tokensFrom(harness, callback, request)).claims();
    expect(claims).toMatchObject({ sub: jan.sub, name: 'Jan Novák', acr: ACR_VALUES.substantial, amr: ['pwd', 'sms'] });
  });

  it('answers a wrong password and an unknown name alike, without sending a code', async () => {
    const browser = harness.browser();
    const { page } = await begin(harness, browser);
    const before = harness.logs.length;
    const wrongPassword = await passwordStep(browser, page, 'jan.novak', 'heslo.123');
    const unknownName = await browser.submit(wrongPassword, 'password-form', {
      username: 'jana.novakova',
      password: 'Heslo.123',
    });
    for (const result of [wrongPassword, unknownName]) {
      expect(result.status).toBe(200);
      expect(result.html).toMatch(/<p class="error" id="credentials-error">.*Nesprávné jméno nebo heslo\.<\/p>/);
      expect(result.html).toMatch(/id="password"[^>]*aria-invalid="true" aria-describedby="credentials-error"/);
    }
    expect(harness.logs.slice(before).some((log) => log.message.startsWith('SMS code'))).toBe(false);
  });

  it('locks after three wrong codes; the right code is refused afterwards', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    let sms = await passwordStep(browser, page, 'petr.dvorak', 'Heslo.789');
    const code = textOf(sms, 'dev-sms-code') ?? '';
    const wrong = code === '000000' ? '000001' : '000000';

    sms = await browser.submit(sms, 'sms-form', { code: wrong });
    expect(sms.html).toMatch(/id="code-error">.*Nesprávný kód\. Zbývají 2 pokusy\./);
    sms = await browser.submit(sms, 'sms-form', { code: wrong });
    expect(visibleText(sms)).toContain('Nesprávný kód. Zbývá 1 pokus.');
    const locked = await browser.submit(sms, 'sms-form', { code: wrong });
    expect(locked.status).toBe(403);
    expect(textOf(locked, 'locked')).toContain('Třikrát jste zadali nesprávný kód z SMS');

    const late = await browser.post(
      new URL(`${locked.url.pathname.replace(/\/sms$/, '')}/sms`, locked.url),
      new URLSearchParams({ code }),
    );
    expect(late.status).toBe(403);
    expect(late.url.href.startsWith(PORTAL.redirectUri)).toBe(false);
    expect(textOf(late, 'dev-sms-code')).toBeUndefined();

    const back = await browser.submit(late, 'cancel-form');
    expect(back.url.searchParams.get('error')).toBe('access_denied');
    expect(back.url.searchParams.get('state')).toBe(request.checks.expectedState);

    // Petr's SMS step stays locked for a while (guards.test.ts); once that is over he gets a code again.
    harness.advance(LIMITS.smsCode.lockMs);
    const later = harness.browser();
    const again = await passwordStep(later, (await begin(harness, later)).page, 'petr.dvorak', 'Heslo.789');
    const done = await later.submit(again, 'sms-form', { code: textOf(again, 'dev-sms-code') ?? '' });
    expect(done.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
  });

  it('refuses an expired code and sends a new one on request', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const sms = await passwordStep(browser, page, 'jan.novak', 'Heslo.123');
    const first = textOf(sms, 'dev-sms-code') ?? '';

    harness.advance(5 * 60 * 1000 + 1000);
    const expired = await browser.submit(sms, 'sms-form', { code: first });
    expect(expired.status).toBe(200);
    expect(expired.html).toMatch(/id="code-error">.*Kód vypršel\./);
    expect(textOf(expired, 'dev-sms-code')).toBeUndefined();

    const resent = await browser.submit(expired, 'resend-form');
    const second = textOf(resent, 'dev-sms-code') ?? '';
    expect(second).toMatch(/^\d{6}$/);
    expect(loggedCode(harness, 'jan.novak')).toBe(second);
    expect(resent.html).not.toContain('Kód vypršel');

    const callback = await browser.submit(resent, 'sms-form', { code: second });
    expect((await tokensFrom(harness, callback, request)).claims()?.acr).toBe(ACR_VALUES.substantial);
  });
});

describe('level of assurance', () => {
  it('offers only the identity card when acr_values asks for high, and the password route refuses', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser, { acr_values: ACR_VALUES.high });
    expect(page.status).toBe(200);
    expect(textOf(page, 'high-required')).toContain('vyžaduje vysokou úroveň');
    expect(page.html).not.toContain('data-testid="method-password"');

    const passwordUrl = new URL(`${page.url.pathname}/password`, page.url);
    expect((await browser.open(passwordUrl)).status).toBe(403);
    const before = harness.logs.length;
    const refused = await browser.post(
      passwordUrl,
      new URLSearchParams({ username: 'jan.novak', password: 'Heslo.123' }),
    );
    expect(refused.status).toBe(403);
    expect(harness.logs.slice(before).some((log) => log.message.startsWith('SMS code'))).toBe(false);
    const sms = await browser.post(new URL(`${page.url.pathname}/sms`, page.url), new URLSearchParams({ code: '1' }));
    expect(sms.status).toBe(403);

    const tokens = await tokensFrom(harness, await loginWithCard(browser, page, '000000001', '123456'), request);
    expect(tokens.claims()?.acr).toBe(ACR_VALUES.high);
  });

  it('treats an essential acr in the claims parameter the same way', async () => {
    const browser = harness.browser();
    const claims = JSON.stringify({ id_token: { acr: { essential: true, values: [ACR_VALUES.high] } } });
    const { page } = await begin(harness, browser, { claims });
    expect(isMethodsPage(page)).toBe(true);
    expect(page.html).not.toContain('data-testid="method-password"');
  });

  it('offers both methods when substantial is enough', async () => {
    const browser = harness.browser();
    const { page } = await begin(harness, browser, { acr_values: ACR_VALUES.substantial });
    expect(page.html).toContain('data-testid="method-password"');
    expect(page.html).toContain('data-testid="method-card"');
  });

  it('steps a substantial session up: asking for high shows the card login again', async () => {
    const browser = harness.browser();
    const first = await begin(harness, browser);
    const sms = await passwordStep(browser, first.page, 'jan.novak', 'Heslo.123');
    const done = await browser.submit(sms, 'sms-form', { code: textOf(sms, 'dev-sms-code') ?? '' });
    expect((await tokensFrom(harness, done, first.request)).claims()?.acr).toBe(ACR_VALUES.substantial);

    const stepUp = await begin(harness, browser, { acr_values: ACR_VALUES.high });
    expect(isMethodsPage(stepUp.page)).toBe(true);
    expect(stepUp.page.html).not.toContain('data-testid="method-password"');
    const tokens = await tokensFrom(
      harness,
      await loginWithCard(browser, stepUp.page, '000000001', '123456'),
      stepUp.request,
    );
    expect(tokens.claims()).toMatchObject({ sub: jan.sub, acr: ACR_VALUES.high });
  });
});

describe('step-up', () => {
  /** Eva signed in with name, password and SMS code; returns her browser and id_token. */
  async function evaAtSubstantial() {
    const browser = harness.browser();
    const first = await begin(harness, browser);
    const sms = await passwordStep(browser, first.page, 'eva.svobodova', 'Heslo.456');
    const done = await browser.submit(sms, 'sms-form', { code: textOf(sms, 'dev-sms-code') ?? '' });
    const tokens = await tokensFrom(harness, done, first.request);
    expect(tokens.claims()).toMatchObject({ sub: eva.sub, acr: ACR_VALUES.substantial });
    return { browser, idToken: tokens.id_token ?? '' };
  }

  const stepUp = { acr_values: ACR_VALUES.high, prompt: 'login' };

  function cardOrder(page: Page): string[] {
    return [...page.html.matchAll(/<input type="radio" name="card" id="card-\d+" value="(\d+)"/g)].map(
      (m) => m[1] ?? '',
    );
  }

  it('pre-selects no card: Eva stepping up must pick her own card, and cannot end up as Jan by pressing on', async () => {
    const { browser } = await evaAtSubstantial();
    const { request, page } = await begin(harness, browser, stepUp);
    const card = await browser.open(findLink(page, 'method-card'));
    expect(card.html).not.toMatch(/name="card"[^>]*checked/);
    expect(findForm(card, 'card-form').fields.get('card')).toBeNull();

    const pressedOn = await browser.submit(card, 'card-form', { pin: '654321' });
    expect(pressedOn.status).toBe(400);
    expect(visibleText(pressedOn)).toContain('Vyberte průkaz ze seznamu.');
    expect(pressedOn.html).not.toMatch(/name="card"[^>]*checked/);

    const done = await browser.submit(pressedOn, 'card-form', { card: '000000002', pin: '654321' });
    expect((await tokensFrom(harness, done, request)).claims()).toMatchObject({ sub: eva.sub, acr: ACR_VALUES.high });
  });

  it('shows the hinted person’s card first (login_hint or id_token_hint) but still selects none', async () => {
    const { browser, idToken } = await evaAtSubstantial();
    const plain = await browser.open(findLink((await begin(harness, browser, stepUp)).page, 'method-card'));
    expect(cardOrder(plain)).toEqual(['000000001', '000000002', '000000003']);

    const hints: Record<string, string>[] = [
      { login_hint: eva.sub },
      { login_hint: 'eva.svobodova' },
      { id_token_hint: idToken },
    ];
    for (const hint of hints) {
      const { page } = await begin(harness, browser, { ...stepUp, ...hint });
      const card = await browser.open(findLink(page, 'method-card'));
      expect(cardOrder(card)).toEqual(['000000002', '000000001', '000000003']);
      expect(card.html).not.toMatch(/name="card"[^>]*checked/);
    }
    const unknown = await begin(harness, browser, { ...stepUp, login_hint: 'nobody' });
    expect(cardOrder(await browser.open(findLink(unknown.page, 'method-card')))).toEqual([
      '000000001',
      '000000002',
      '000000003',
    ]);
  });

  it('gives every citizen the same sub with both methods, so the portal can check a step-up proves the same person', async () => {
    for (const citizen of TEST_CITIZENS) {
      const browser = harness.browser();
      const first = await begin(harness, browser);
      const sms = await passwordStep(browser, first.page, citizen.username, citizen.password);
      const done = await browser.submit(sms, 'sms-form', { code: textOf(sms, 'dev-sms-code') ?? '' });
      const substantial = (await tokensFrom(harness, done, first.request)).claims();

      const second = await begin(harness, browser, stepUp);
      const card = citizen.cards[0] ?? { number: '', pin: '' };
      const high = (
        await tokensFrom(harness, await loginWithCard(browser, second.page, card.number, card.pin), second.request)
      ).claims();
      expect(substantial).toMatchObject({ iss: harness.idp.issuer, sub: citizen.sub, acr: ACR_VALUES.substantial });
      expect(high).toMatchObject({ iss: harness.idp.issuer, sub: citizen.sub, acr: ACR_VALUES.high });
    }
  });
});

describe('sessions', () => {
  it('reuses the IdP session, but prompt=login forces a fresh login', async () => {
    const browser = harness.browser();
    const first = await begin(harness, browser);
    await tokensFrom(harness, await loginWithCard(browser, first.page, '000000001', '123456'), first.request);

    const silent = await begin(harness, browser);
    const silentTokens = await tokensFrom(harness, silent.page, silent.request);
    expect(silentTokens.claims()).toMatchObject({ sub: jan.sub, acr: ACR_VALUES.high });

    const again = await begin(harness, browser, { prompt: 'login' });
    expect(isMethodsPage(again.page)).toBe(true);
    const sms = await passwordStep(browser, again.page, 'jan.novak', 'Heslo.123');
    const callback = await browser.submit(sms, 'sms-form', { code: textOf(sms, 'dev-sms-code') ?? '' });
    // The id_token tells the level actually achieved by this login, not the session's earlier one.
    expect((await tokensFrom(harness, callback, again.request)).claims()?.acr).toBe(ACR_VALUES.substantial);
  });

  it('refuses a replayed authorization code', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const callback = await loginWithCard(browser, page, '000000003', '111111');
    const tokens = await tokensFrom(harness, callback, request);
    expect(tokens.claims()).toMatchObject({ name: 'Petr Dvořák' });
    const replay = exchange(harness, callback.url, request);
    await expect(replay).rejects.toBeInstanceOf(oidc.ResponseBodyError);
    await expect(replay).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('returns to the portal with error=access_denied when the person cancels', async () => {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser);
    const back = await browser.submit(page, 'cancel-form');
    expect(back.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
    expect(back.url.searchParams.get('error')).toBe('access_denied');
    expect(back.url.searchParams.get('code')).toBeNull();
    expect(back.url.searchParams.get('state')).toBe(request.checks.expectedState);
  });

  it('ends the IdP session on RP-initiated logout', async () => {
    const browser = harness.browser();
    const first = await begin(harness, browser);
    const tokens = await tokensFrom(
      harness,
      await loginWithCard(browser, first.page, '000000001', '123456'),
      first.request,
    );

    const logoutUrl = oidc.buildEndSessionUrl(harness.config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: PORTAL.postLogoutRedirectUri,
      state: 'bye',
    });
    const logout = await browser.open(logoutUrl);
    expect(logout.status).toBe(200);
    expect(logout.html).toContain('<h1>Odhlášení</h1>');
    expect(logout.html).toMatch(
      /<button type="submit" form="op\.logoutForm" name="logout" value="yes"[^>]*>Odhlásit<\/button>/,
    );
    const nonce = /<script nonce="([^"]+)">/.exec(logout.html)?.[1];
    expect(logout.headers.get('content-security-policy')).toContain(`script-src 'nonce-${nonce}'`);

    const out = await browser.submit(logout, 'op.logoutForm', { logout: 'yes' });
    expect(out.url.href.startsWith(PORTAL.postLogoutRedirectUri)).toBe(true);
    expect(out.url.searchParams.get('state')).toBe('bye');

    const after = await begin(harness, browser);
    expect(isMethodsPage(after.page)).toBe(true);
  });

  it('shows its own page after a logout without a post_logout_redirect_uri', async () => {
    const browser = harness.browser();
    const first = await begin(harness, browser);
    await tokensFrom(harness, await loginWithCard(browser, first.page, '000000002', '654321'), first.request);
    const logout = await browser.open(oidc.buildEndSessionUrl(harness.config, { ui_locales: 'en' }));
    expect(logout.html).toContain('<h1>Sign out</h1>');
    const out = await browser.submit(logout, 'op.logoutForm', { logout: 'yes' });
    expect(out.status).toBe(200);
    expect(out.html).toContain('<h1>Odhlášení proběhlo</h1>');
  });
});

describe('languages', () => {
  it('speaks Czech by default', async () => {
    const { page } = await begin(harness, harness.browser());
    expect(page.html).toContain('<html lang="cs">');
    expect(page.html).toContain('<h1>Přihlášení</h1>');
    expect(visibleText(page)).toContain('Identitní občanský průkaz');
    expect(visibleText(page)).toContain('Jméno, heslo a SMS kód');
    expect(visibleText(page)).toContain('Vývojový poskytovatel identity — nepoužívat pro skutečné údaje');
    expect(visibleText(page)).toContain('Identita občana — vývojové prostředí');
  });

  it('speaks English for ui_locales=en and switches with the language link, remembered on the next pages', async () => {
    const browser = harness.browser();
    const { page } = await begin(harness, browser, { ui_locales: 'en-GB cs' });
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('<h1>Log in</h1>');
    expect(visibleText(page)).toContain('Identity card');
    expect(visibleText(page)).toContain('Name, password and SMS code');
    expect(visibleText(page)).toContain('Development identity provider — not for real data');

    const switchHref = /<a href="([^"]+)" lang="cs" hreflang="cs">Čeština<\/a>/.exec(page.html)?.[1];
    expect(switchHref).toBeDefined();
    const czech = await browser.open(new URL(switchHref?.replaceAll('&amp;', '&') ?? '', page.url));
    expect(czech.html).toContain('<h1>Přihlášení</h1>');

    const card = await browser.open(findLink(czech, 'method-card'));
    expect(card.html).toContain('<html lang="cs">');
    const wrong = await browser.submit(card, 'card-form', { card: '000000001', pin: '999999' });
    expect(visibleText(wrong)).toContain('Nesprávný PIN.');

    const english = await browser.open(new URL(`${card.url.pathname}?lang=en`, card.url));
    const wrongEnglish = await browser.submit(english, 'card-form', { card: '000000001', pin: '999999' });
    expect(visibleText(wrongEnglish)).toContain('Wrong PIN. 1 attempt left.');
  });
});
