import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from './citizens.js';
import { LIMITS } from './guards.js';
import { ACR_VALUES } from './levels.js';
import { type Browser, findLink, type Page, textOf, visibleText } from './test/browser.js';
import { begin, loggedCode, loginWithCard, passwordStep, tokensFrom } from './test/flows.js';
import { type Harness, PORTAL, startHarness } from './test/relying-party.js';

// Every test gets its own provider: locks and limits are process-wide on purpose, so they must not leak between tests.
let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness.close();
});

const [jan, eva] = TEST_CITIZENS as [(typeof TEST_CITIZENS)[number], (typeof TEST_CITIZENS)[number]];
const MINUTE = 60 * 1000;

function wrongCode(page: Page): string {
  return textOf(page, 'dev-sms-code') === '000000' ? '000001' : '000000';
}

function smsCodesLogged(): number {
  return harness.logs.filter((log) => log.message.startsWith('SMS code for')).length;
}

/** A fresh attempt in a fresh browser (another tab, another device) up to the SMS page. */
async function smsPageOfNewAttempt(username: string, password: string, extra: Record<string, string> = {}) {
  const browser = harness.browser();
  const { request, page } = await begin(harness, browser, extra);
  return { browser, request, sms: await passwordStep(browser, page, username, password) };
}

async function submitWrongCodes(browser: Browser, sms: Page, count: number): Promise<Page> {
  let current = sms;
  for (let i = 0; i < count; i += 1) current = await browser.submit(current, 'sms-form', { code: wrongCode(sms) });
  return current;
}

/** Posts the password form of the attempt the page belongs to again, as a person going back a page would. */
function repostPassword(browser: Browser, page: Page, citizen: (typeof TEST_CITIZENS)[number]): Promise<Page> {
  return browser.post(
    attemptUrl(page, '/password'),
    new URLSearchParams({ username: citizen.username, password: citizen.password }),
  );
}

function attemptUrl(page: Page, step: string): URL {
  const base = /^\/interaction\/[^/]+/.exec(page.url.pathname)?.[0] ?? '';
  return new URL(`${base}${step}`, page.url);
}

describe('SMS codes', () => {
  it('re-posting the password sends a fresh code but keeps the wrong-code count: the third wrong code locks', async () => {
    const { browser, sms } = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    const twice = await submitWrongCodes(browser, sms, 2);
    expect(visibleText(twice)).toContain('Zbývá 1 pokus.');

    // A new code for the same account in the same attempt is only sent once the old one has expired.
    const before = smsCodesLogged();
    const again = await repostPassword(browser, sms, jan);
    expect(again.url.pathname).toMatch(/\/sms$/);
    expect(smsCodesLogged()).toBe(before);
    harness.advance(5 * MINUTE + 1000);
    const fresh = await repostPassword(browser, sms, jan);
    expect(smsCodesLogged()).toBe(before + 1);
    expect(textOf(fresh, 'dev-sms-code')).toMatch(/^\d{6}$/);

    const locked = await browser.submit(fresh, 'sms-form', { code: wrongCode(fresh) });
    expect(locked.status).toBe(403);
    expect(textOf(locked, 'locked')).toContain('Třikrát jste zadali nesprávný kód z SMS');
  });

  it('seven wrong codes with the password re-posted before each: the third locks, as the README says', async () => {
    const petr = TEST_CITIZENS[2] ?? jan;
    const { browser, sms } = await smsPageOfNewAttempt(petr.username, petr.password);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const page = await repostPassword(browser, sms, petr);
      const answer = await browser.post(attemptUrl(sms, '/sms'), new URLSearchParams({ code: wrongCode(page) }));
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([200, 200, 403, 403, 403, 403, 403]);
  });

  it('locks the account’s SMS step whatever attempt is used: wrong codes add up across attempts', async () => {
    const first = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    await submitWrongCodes(first.browser, first.sms, 2);
    const second = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    const locked = await submitWrongCodes(second.browser, second.sms, 1);
    expect(locked.status).toBe(403);
    expect(textOf(locked, 'locked')).toContain('za 15 minut');

    // The first attempt still holds a valid code: refused now.
    const late = await first.browser.submit(first.sms, 'sms-form', { code: textOf(first.sms, 'dev-sms-code') ?? '' });
    expect(late.status).toBe(403);
    expect(late.url.href.startsWith(PORTAL.redirectUri)).toBe(false);
  });

  it('refuses a new attempt of a locked account after the right password, sending no code, in both languages', async () => {
    const first = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    expect((await submitWrongCodes(first.browser, first.sms, 3)).status).toBe(403);

    const before = smsCodesLogged();
    const czech = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    expect(czech.sms.status).toBe(403);
    expect(textOf(czech.sms, 'message')).toBe(
      'Po třech nesprávných kódech z SMS je přihlášení kódem z SMS k tomuto účtu zablokováno. Zkuste to znovu za 15 minut, nebo se přihlaste identitním občanským průkazem.',
    );
    expect(textOf(czech.sms, 'dev-sms-code')).toBeUndefined();
    const english = await smsPageOfNewAttempt('jan.novak', 'Heslo.123', { ui_locales: 'en' });
    expect(english.sms.status).toBe(403);
    expect(textOf(english.sms, 'message')).toBe(
      'After three wrong SMS codes, logging in with an SMS code is locked for this account. Try again in 15 minutes, or log in with an identity card.',
    );
    expect(smsCodesLogged()).toBe(before);

    // The card still works for him, and another account is not affected.
    const cardBrowser = harness.browser();
    const card = await begin(harness, cardBrowser);
    const tokens = await tokensFrom(
      harness,
      await loginWithCard(cardBrowser, card.page, '000000001', '123456'),
      card.request,
    );
    expect(tokens.claims()).toMatchObject({ sub: jan.sub, acr: ACR_VALUES.high });
    const other = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    expect(textOf(other.sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
  });

  it('counts wrong codes of one attempt across accounts: the attempt locks, the second account does not', async () => {
    const { browser, sms } = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    await submitWrongCodes(browser, sms, 2);
    const evaSms = await repostPassword(browser, sms, eva);
    expect(textOf(evaSms, 'dev-sms-code')).toMatch(/^\d{6}$/);
    const locked = await browser.submit(evaSms, 'sms-form', { code: wrongCode(evaSms) });
    expect(locked.status).toBe(403);
    expect(textOf(locked, 'locked')).toContain('Třikrát jste zadali nesprávný kód z SMS');

    const fresh = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    const wrong = await submitWrongCodes(fresh.browser, fresh.sms, 1);
    expect(visibleText(wrong)).toContain('Nesprávný kód. Zbývá 1 pokus.');
  });

  it('lifts the lock after 15 minutes, and a right code clears the count', async () => {
    const first = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    await submitWrongCodes(first.browser, first.sms, 3);
    harness.advance(LIMITS.smsCode.lockMs - 1000);
    expect((await smsPageOfNewAttempt('jan.novak', 'Heslo.123')).sms.status).toBe(403);
    harness.advance(1000);

    const after = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    const wrong = await submitWrongCodes(after.browser, after.sms, 2);
    expect(visibleText(wrong)).toContain('Zbývá 1 pokus.');
    const done = await after.browser.submit(wrong, 'sms-form', { code: textOf(after.sms, 'dev-sms-code') ?? '' });
    expect((await tokensFrom(harness, done, after.request)).claims()).toMatchObject({ sub: jan.sub });

    const next = await smsPageOfNewAttempt('jan.novak', 'Heslo.123');
    expect(visibleText(await submitWrongCodes(next.browser, next.sms, 1))).toContain('Zbývají 2 pokusy.');
  });

  it('limits the codes sent to an account: new attempts and resends count, the limit lifts after 15 minutes', async () => {
    for (let i = 0; i < LIMITS.smsSent.max; i += 1) {
      const { sms } = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
      expect(textOf(sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
    }
    const before = smsCodesLogged();
    const refused = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    expect(refused.sms.status).toBe(429);
    expect(refused.sms.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(textOf(refused.sms, 'message')).toContain('Pro tento účet jsme poslali příliš mnoho SMS kódů.');
    const english = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456', { ui_locales: 'en' });
    expect(textOf(english.sms, 'message')).toContain('Too many SMS codes have been sent for this account.');
    expect(smsCodesLogged()).toBe(before);

    harness.advance(LIMITS.smsSent.windowMs);
    const later = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    expect(textOf(later.sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
  });

  it('counts a resent code against the same limit', async () => {
    for (let i = 1; i < LIMITS.smsSent.max; i += 1) await smsPageOfNewAttempt('petr.dvorak', 'Heslo.789');
    const { browser, sms } = await smsPageOfNewAttempt('petr.dvorak', 'Heslo.789');
    const last = textOf(sms, 'dev-sms-code');
    harness.advance(5 * MINUTE + 1000);
    const expired = await browser.open(attemptUrl(sms, '/sms'));
    const refused = await browser.submit(expired, 'resend-form');
    expect(refused.status).toBe(429);
    expect(textOf(refused, 'message')).toContain('Nový kód si můžete nechat poslat za 10 minut.');
    expect(loggedCode(harness, 'petr.dvorak')).toBe(last);
  });
});

describe('identity card PINs', () => {
  async function cardAttempt(extra: Record<string, string> = {}) {
    const browser = harness.browser();
    const { request, page } = await begin(harness, browser, extra);
    return { browser, request, methods: page };
  }

  it('three wrong PINs lock the card across attempts, and the right PIN is refused afterwards in both languages', async () => {
    const first = await cardAttempt();
    let current = await loginWithCard(first.browser, first.methods, '000000002', '000000');
    current = await first.browser.submit(current, 'card-form', { pin: '000001' });
    expect(visibleText(current)).toContain('Zbývá 1 pokus.');

    const second = await cardAttempt();
    const locked = await loginWithCard(second.browser, second.methods, '000000002', '000002');
    expect(locked.status).toBe(403);
    expect(textOf(locked, 'locked')).toContain('Třikrát jste zadali nesprávný PIN');
    expect(textOf(locked, 'locked')).toContain('za 15 minut');

    const third = await cardAttempt();
    const refused = await loginWithCard(third.browser, third.methods, '000000002', eva.cards[0]?.pin ?? '');
    expect(refused.status).toBe(403);
    expect(refused.url.href.startsWith(PORTAL.redirectUri)).toBe(false);
    expect(refused.html).toMatch(
      /<p class="error" id="card-error">.*Tento průkaz je po třech nesprávných PINech zablokován\. Znovu ho můžete použít za 15 minut, nebo vyberte jiný průkaz\.<\/p>/,
    );
    const english = await cardAttempt({ ui_locales: 'en' });
    const refusedEnglish = await loginWithCard(english.browser, english.methods, '000000002', '654321');
    expect(refusedEnglish.status).toBe(403);
    expect(visibleText(refusedEnglish)).toContain(
      'This card is locked after three wrong PINs. You can use it again in 15 minutes, or choose another card.',
    );
    // The first attempt cannot finish with it either.
    const late = await first.browser.submit(current, 'card-form', { pin: '654321' });
    expect(late.status).toBe(403);

    // Another card in the same attempt still works.
    const other = await third.browser.submit(refused, 'card-form', { card: '000000003', pin: '111111' });
    expect((await tokensFrom(harness, other, third.request)).claims()?.name).toBe('Petr Dvořák');
  });

  it('unlocks the card after 15 minutes; a right PIN clears the count', async () => {
    const first = await cardAttempt();
    let current = await loginWithCard(first.browser, first.methods, '000000001', '000000');
    current = await first.browser.submit(current, 'card-form', { pin: '000000' });
    current = await first.browser.submit(current, 'card-form', { pin: '000000' });
    expect(current.status).toBe(403);

    harness.advance(LIMITS.pin.lockMs - 1000);
    const early = await cardAttempt();
    expect((await loginWithCard(early.browser, early.methods, '000000001', '123456')).status).toBe(403);
    harness.advance(1000);
    const after = await cardAttempt();
    const wrong = await loginWithCard(after.browser, after.methods, '000000001', '000000');
    expect(visibleText(wrong)).toContain('Zbývají 2 pokusy.');
    const done = await after.browser.submit(wrong, 'card-form', { pin: '123456' });
    expect((await tokensFrom(harness, done, after.request)).claims()).toMatchObject({ sub: jan.sub });

    const next = await cardAttempt();
    expect(visibleText(await loginWithCard(next.browser, next.methods, '000000001', '000000'))).toContain(
      'Zbývají 2 pokusy.',
    );
  });
});

describe('passwords', () => {
  async function passwordAttempt(extra: Record<string, string> = {}) {
    const browser = harness.browser();
    const { page } = await begin(harness, browser, extra);
    return { browser, page: await browser.open(findLink(page, 'method-password')) };
  }

  it(`lock the account after ${LIMITS.password.maxFailures} wrong passwords across attempts; the right one is refused and sends no code`, async () => {
    const first = await passwordAttempt();
    let current = first.page;
    for (let i = 0; i < LIMITS.password.maxFailures - 1; i += 1) {
      current = await first.browser.submit(current, 'password-form', { username: 'jan.novak', password: `wrong${i}` });
      expect(visibleText(current)).toContain('Nesprávné jméno nebo heslo.');
    }
    const second = await passwordAttempt();
    const locked = await second.browser.submit(second.page, 'password-form', {
      username: 'jan.novak',
      password: 'wrong',
    });
    expect(locked.status).toBe(403);
    const message =
      'Po pěti nesprávných pokusech je přihlášení heslem k tomuto účtu zablokováno. Zkuste to znovu za 15 minut, nebo se přihlaste identitním občanským průkazem.';
    expect(locked.html).toMatch(/<p class="error" id="credentials-error">/);
    expect(visibleText(locked)).toContain(message);

    const before = smsCodesLogged();
    const right = await first.browser.submit(current, 'password-form', {
      username: 'jan.novak',
      password: 'Heslo.123',
    });
    expect(right.status).toBe(403);
    expect(visibleText(right)).toContain(message);
    expect(smsCodesLogged()).toBe(before);

    const english = await passwordAttempt({ ui_locales: 'en' });
    const refused = await english.browser.submit(english.page, 'password-form', {
      username: 'jan.novak',
      password: 'Heslo.123',
    });
    expect(visibleText(refused)).toContain(
      'After five wrong attempts, logging in with a password is locked for this account. Try again in 15 minutes, or log in with an identity card.',
    );

    // Another account is not affected; the lock lifts after 15 minutes.
    expect(textOf((await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456')).sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
    harness.advance(LIMITS.password.lockMs);
    expect(textOf((await smsPageOfNewAttempt('jan.novak', 'Heslo.123')).sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
  });

  it('lock an unknown name the same way, so a lock does not tell which names exist', async () => {
    const { browser, page } = await passwordAttempt();
    let current = page;
    for (let i = 0; i < LIMITS.password.maxFailures; i += 1) {
      current = await browser.submit(current, 'password-form', { username: 'jana.novakova', password: `x${i}` });
    }
    expect(current.status).toBe(403);
    expect(visibleText(current)).toContain('přihlášení heslem k tomuto účtu zablokováno');
  });

  it('forget wrong passwords after a right one', async () => {
    const { browser, page } = await passwordAttempt();
    let current = page;
    for (let i = 0; i < LIMITS.password.maxFailures - 1; i += 1) {
      current = await browser.submit(current, 'password-form', { username: 'petr.dvorak', password: 'x' });
    }
    await browser.submit(current, 'password-form', { username: 'petr.dvorak', password: 'Heslo.789' });
    const again = await passwordAttempt();
    const wrong = await again.browser.submit(again.page, 'password-form', { username: 'petr.dvorak', password: 'x' });
    expect(wrong.status).toBe(200);
    expect(visibleText(wrong)).toContain('Nesprávné jméno nebo heslo.');
  });
});

describe('rate limits', () => {
  it(`refuse more than ${LIMITS.postsPerIp.max} login posts a minute from one address with 429 and Retry-After`, async () => {
    const browser = harness.browser();
    const { page } = await begin(harness, browser);
    const url = attemptUrl(page, '/password');
    // Different unknown names, so no account lock or per-account limit is reached first.
    for (let i = 0; i < LIMITS.postsPerIp.max; i += 1) {
      const answer = await browser.post(url, new URLSearchParams({ username: `nobody${i}`, password: 'x' }));
      expect(answer.status).toBe(200);
    }
    const limited = await browser.post(url, new URLSearchParams({ username: 'jan.novak', password: 'Heslo.123' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(textOf(limited, 'message')).toMatch(
      /^Příliš mnoho pokusů o přihlášení v krátké době\. Zkuste to znovu za \d+ sekund/,
    );
    // Another browser from the same address is limited too, in English when asked; other steps count alike.
    const other = harness.browser();
    const english = await begin(harness, other, { ui_locales: 'en' });
    const card = await loginWithCard(other, english.page, '000000001', '123456');
    expect(card.status).toBe(429);
    expect(textOf(card, 'message')).toMatch(/^Too many login attempts in a short time\. Try again in \d+ seconds?\.$/);

    harness.advance(LIMITS.postsPerIp.windowMs);
    const sms = await browser.post(url, new URLSearchParams({ username: 'jan.novak', password: 'Heslo.123' }));
    expect(textOf(sms, 'dev-sms-code')).toMatch(/^\d{6}$/);
  });

  it(`refuse more than ${LIMITS.postsPerAccount.max} login posts a minute for one account, whatever the method`, async () => {
    const { browser, sms } = await smsPageOfNewAttempt('eva.svobodova', 'Heslo.456');
    // The right password again and again: no lock and no new code, only posts.
    for (let i = 1; i < LIMITS.postsPerAccount.max; i += 1) {
      expect((await repostPassword(browser, sms, eva)).url.pathname).toMatch(/\/sms$/);
    }
    const other = harness.browser();
    const { page } = await begin(harness, other);
    const limited = await loginWithCard(other, page, '000000002', '654321');
    expect(limited.status).toBe(429);
    expect(textOf(limited, 'message')).toContain('Příliš mnoho pokusů o přihlášení');
    // Jan is not limited by Eva's posts.
    const jans = await loginWithCard(other, page, '000000001', '123456');
    expect(jans.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
  });
});
