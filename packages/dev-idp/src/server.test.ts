import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACR_VALUES } from './levels.js';
import { findLink, type Page, visibleText } from './test/browser.js';
import { authorizationRequest, type Harness, PORTAL, startHarness } from './test/relying-party.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.close();
});

/** A browser at the method choice page of a fresh attempt. */
async function methodsPage() {
  const browser = harness.browser();
  const page = await browser.open((await authorizationRequest(harness)).url);
  return { browser, page, base: page.url.pathname };
}

function expectNoStack(page: Page) {
  expect(page.html).not.toMatch(/\bat .*\.(js|ts):\d+/);
  expect(page.html).not.toContain('Error:');
}

describe('startDevIdentityProvider', () => {
  it('publishes the real port as issuer, with the acr values, claims and PKCE it supports', async () => {
    expect(harness.idp.issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(harness.idp.issuer).not.toBe('http://localhost:0');
    const metadata = harness.config.serverMetadata();
    expect(metadata.issuer).toBe(harness.idp.issuer);
    expect(metadata.acr_values_supported).toEqual(Object.values(ACR_VALUES));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(['sub', 'name', 'given_name', 'acr']));
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    );
    expect(metadata.end_session_endpoint).toBe(`${harness.idp.issuer}/session/end`);
  });

  it('refuses an issuer with a path', async () => {
    const { startDevIdentityProvider } = await import('./index.js');
    await expect(
      startDevIdentityProvider({ issuer: 'http://localhost/idp', port: 0, clients: [], log: () => {} }),
    ).rejects.toThrow(/origin without a path/);
  });

  it('logs that it must never run in production', () => {
    expect(harness.logs.some((log) => log.message.includes('never use it in production'))).toBe(true);
  });
});

describe('authorization requests', () => {
  it('requires PKCE of the confidential client', async () => {
    const request = await authorizationRequest(harness);
    request.url.searchParams.delete('code_challenge');
    request.url.searchParams.delete('code_challenge_method');
    const back = await harness.browser().open(request.url);
    expect(back.url.href.startsWith(PORTAL.redirectUri)).toBe(true);
    expect(back.url.searchParams.get('error')).toBe('invalid_request');
    expect(back.url.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('renders its own error page for an unknown client, with the OAuth error and no stack', async () => {
    const request = await authorizationRequest(harness);
    request.url.searchParams.set('client_id', 'nobody');
    const page = await harness.browser().open(request.url);
    expect(page.status).toBe(400);
    expect(page.html).toContain('<h1>Chyba přihlášení</h1>');
    expect(visibleText(page)).toContain('invalid_client');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expectNoStack(page);
  });
});

describe('interaction pages', () => {
  it('send security headers that still let forms redirect to the portal', async () => {
    const { page } = await methodsPage();
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:3999");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('serve the stylesheet and icon they link', async () => {
    const css = await fetch(`${harness.idp.issuer}/dev-idp.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain(':focus-visible');
    const icon = await fetch(`${harness.idp.issuer}/dev-idp.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('have one h1, labels for every input and the development banner', async () => {
    const { browser, page } = await methodsPage();
    const card = await browser.open(findLink(page, 'method-card'));
    const password = await browser.open(findLink(page, 'method-password'));
    for (const current of [page, card, password]) {
      expect(current.html.match(/<h1>/g)).toHaveLength(1);
      expect(current.html).toContain('<html lang="cs">');
      for (const input of current.html.matchAll(/<input\b[^>]*\bid="([^"]+)"/g)) {
        expect(current.html).toContain(`<label for="${input[1]}">`);
      }
      expect(visibleText(current)).toContain('nepoužívat pro skutečné údaje');
    }
    expect(card.html).toMatch(/<input type="password" id="pin" name="pin" inputmode="numeric" autocomplete="off"/);
  });

  it('answer an unknown or expired interaction with a page telling to start again', async () => {
    const page = await harness.browser().open(`${harness.idp.issuer}/interaction/doesnotexist123`);
    expect(page.status).toBe(400);
    expect(visibleText(page)).toContain('Přihlášení vypršelo, začněte znovu ve službě.');
    expectNoStack(page);

    const english = await harness.browser().open(`${harness.idp.issuer}/interaction/doesnotexist123/card?lang=en`);
    expect(english.status).toBe(400);
    expect(visibleText(english)).toContain('The login has expired, start again in the service.');
  });

  it('treat the URL of another attempt as expired', async () => {
    const { browser, base } = await methodsPage();
    const other = await browser.open(`${harness.idp.issuer}${base}x/card`);
    expect(other.status).toBe(400);
    expect(visibleText(other)).toContain('Přihlášení vypršelo');
  });

  it('answer an unknown step with 404 and a wrong method with 405', async () => {
    const { browser, base } = await methodsPage();
    const missing = await browser.open(`${harness.idp.issuer}${base}/nothing`);
    expect(missing.status).toBe(404);
    expect(visibleText(missing)).toContain('Tato stránka neexistuje.');
    const wrongMethod = await browser.post(`${harness.idp.issuer}${base}`, new URLSearchParams());
    expect(wrongMethod.status).toBe(405);
  });

  it('refuse a huge body with 413 and another content type with 415', async () => {
    const { browser, base } = await methodsPage();
    const huge = await browser.post(
      `${harness.idp.issuer}${base}/password`,
      new URLSearchParams({ username: 'jan.novak', password: 'x'.repeat(20_000) }),
    );
    expect(huge.status).toBe(413);
    expect(visibleText(huge)).toContain('Odeslaný formulář je příliš velký.');
    expectNoStack(huge);

    const json = await browser.post(
      `${harness.idp.issuer}${base}/password`,
      '{"username":"jan.novak"}',
      'application/json',
    );
    expect(json.status).toBe(415);
    expect(visibleText(json)).toContain('Formulář nebyl odeslán správně.');

    // The attempt survives both.
    const page = await browser.open(`${harness.idp.issuer}${base}/password`);
    expect(page.status).toBe(200);
  });

  it('answer missing fields and an unknown card with 400 and a message next to the field', async () => {
    const { browser, base } = await methodsPage();
    const noCard = await browser.post(`${harness.idp.issuer}${base}/card`, new URLSearchParams({ pin: '123456' }));
    expect(noCard.status).toBe(400);
    expect(noCard.html).toMatch(/<fieldset aria-describedby="card-error">/);
    expect(visibleText(noCard)).toContain('Vyberte průkaz ze seznamu.');

    const unknownCard = await browser.post(
      `${harness.idp.issuer}${base}/card`,
      new URLSearchParams({ card: '999999999', pin: '123456' }),
    );
    expect(unknownCard.status).toBe(400);

    const noPin = await browser.post(`${harness.idp.issuer}${base}/card`, new URLSearchParams({ card: '000000001' }));
    expect(noPin.status).toBe(400);
    expect(visibleText(noPin)).toContain('Zadejte PIN.');

    const noPassword = await browser.post(
      `${harness.idp.issuer}${base}/password`,
      new URLSearchParams({ username: 'jan.novak' }),
    );
    expect(noPassword.status).toBe(400);
    expect(visibleText(noPassword)).toContain('Vyplňte uživatelské jméno i heslo.');

    // SMS step before the password step: back to the password form.
    const early = await browser.post(`${harness.idp.issuer}${base}/sms`, new URLSearchParams({ code: '123456' }));
    expect(early.url.pathname).toBe(`${base}/password`);
  });

  it('escape what the person typed', async () => {
    const { browser, base } = await methodsPage();
    const page = await browser.post(
      `${harness.idp.issuer}${base}/password`,
      new URLSearchParams({ username: '"><script>alert(1)</script>', password: 'x' }),
    );
    expect(page.html).not.toContain('<script>alert(1)</script>');
    expect(page.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
