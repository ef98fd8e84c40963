import { expect, test } from '@playwright/test';
import { EVA, logIn } from '../support/login.js';

/**
 * The consent page's "continue" goes where `returnTo` says, judged by the one shared rule (the contract's
 * safeReturnPath): a backslash or a tab after the slash, which browsers read as `//evil.example`, stays on the portal.
 */
for (const returnTo of [
  '/%5Cevil.example/phish',
  '/\\evil.example/phish',
  '/\t/evil.example/phish',
  '/.//evil.example',
]) {
  test(`the consent page with returnTo=${JSON.stringify(returnTo)} stays on the portal after "Souhlasím"`, async ({
    page,
    baseURL,
  }) => {
    await logIn(page, EVA);
    const portal = new URL(baseURL ?? 'http://localhost:8181').origin;
    const left: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && new URL(request.url()).origin !== portal) left.push(request.url());
    });
    await page.goto(`/consent?${new URLSearchParams({ returnTo })}`);
    await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).origin).toBe(portal);
    expect(left).toEqual([]);
  });
}
