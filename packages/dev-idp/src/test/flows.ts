import { expect } from 'vitest';
import { type Browser, findLink, type Page } from './browser.js';
import { type AuthorizationRequest, authorizationRequest, exchange, type Harness, PORTAL } from './relying-party.js';

/** Steps of a login the way a person clicks through them, shared by the tests that drive whole logins. */

/** Opens the authorization URL in the browser; returns the request (for the token call) and the page shown. */
export async function begin(harness: Harness, browser: Browser, extra: Record<string, string> = {}) {
  const request = await authorizationRequest(harness, extra);
  const page = await browser.open(request.url);
  return { request, page };
}

export async function loginWithCard(browser: Browser, methods: Page, card: string, pin: string): Promise<Page> {
  const cardPage = await browser.open(findLink(methods, 'method-card'));
  return browser.submit(cardPage, 'card-form', { card, pin });
}

export async function passwordStep(browser: Browser, methods: Page, username: string, password: string) {
  const passwordPage = await browser.open(findLink(methods, 'method-password'));
  return browser.submit(passwordPage, 'password-form', { username, password });
}

/** The last SMS code the provider logged for this username. */
export function loggedCode(harness: Harness, username: string): string | undefined {
  const prefix = `SMS code for ${username}: `;
  const entry = harness.logs.findLast((log) => log.message.startsWith(prefix));
  return entry?.message.slice(prefix.length);
}

/** Asserts the browser reached the portal's callback with a code and exchanges it. */
export async function tokensFrom(harness: Harness, page: Page, request: AuthorizationRequest) {
  expect(
    page.url.href.startsWith(PORTAL.redirectUri),
    `expected the callback, got ${page.url.href}:\n${page.html}`,
  ).toBe(true);
  expect(page.url.searchParams.get('code')).toBeTruthy();
  return exchange(harness, page.url, request);
}

export function isMethodsPage(page: Page): boolean {
  return page.status === 200 && page.url.pathname.startsWith('/interaction/') && page.html.includes('id="cancel-form"');
}
