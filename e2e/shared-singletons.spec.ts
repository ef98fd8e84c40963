import { expect, test } from '@playwright/test';
import { JAN, logIn } from './support/login.js';

/** React (and the other shared libraries) must come from the shell once; a second React breaks hooks (#321). */
test('React, react-dom and the SDK are loaded once, by the shell, for every remote', async ({ page }) => {
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) {
      scripts.set(response.url(), await response.text().catch(() => ''));
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await logIn(page, JAN); // Znojmo requires the high level of assurance
  await page.goto('/services/telc');
  await expect(page.locator('section[data-service-id="telc"]')).toHaveAttribute('data-service-state', 'mounted');
  await page.goto('/services/znojmo');
  const znojmo = page.locator('section[data-service-id="znojmo"]');
  await expect(znojmo).toHaveAttribute('data-service-state', 'mounted');
  // A hook-driven interaction works: with two Reacts this throws React error #321.
  await znojmo.getByRole('button', { name: 'Spočítat poplatek' }).click();
  await expect(znojmo.getByRole('heading', { level: 3 })).toHaveText('Roční poplatek');
  expect(errors).toEqual([]);

  const remoteScripts = [...scripts].filter(([url]) => new URL(url).pathname.startsWith('/remotes/'));
  expect(remoteScripts.length).toBeGreaterThan(0);
  for (const [url, body] of remoteScripts) {
    expect(body, `${url} must not bundle React`).not.toContain('react.dev/errors');
    expect(body, `${url} must not bundle a second Module Federation runtime`).not.toContain('RUNTIME-008');
  }
  const reactDomCopies = [...scripts.values()].filter((body) => body.includes('__REACT_DEVTOOLS_GLOBAL_HOOK__'));
  expect(reactDomCopies).toHaveLength(1);

  // Remotes built with @czp/remote-build are CzP slim containers: they only take from the share scope the shell
  // passes to init() (shell/src/federation/shared-libraries.ts, every offer from czp_shell), never provide to it, and
  // Module Federation's runtime (with its global share registry) is not even loaded for them.
  const entries = remoteScripts.map(([url]) => url).filter((url) => new URL(url).pathname.endsWith('/remoteEntry.js'));
  expect(entries.length).toBe(2);
  const containers = await page.evaluate(async (urls) => {
    const federation = (globalThis as { __FEDERATION__?: unknown }).__FEDERATION__;
    const markers = await Promise.all(
      urls.map(async (url) => ((await import(url)) as { czpContainer?: unknown }).czpContainer),
    );
    return { runtime: federation !== undefined, markers };
  }, entries);
  expect(containers).toEqual({ runtime: false, markers: [1, 1] });
});
