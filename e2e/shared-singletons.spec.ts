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

  const shared = await page.evaluate(() => {
    const federation = (
      globalThis as {
        __FEDERATION__?: {
          __SHARE__?: Record<string, Record<string, Record<string, Record<string, { from?: string }>>>>;
        };
      }
    ).__FEDERATION__;
    const result: Record<string, string[]> = {};
    for (const instance of Object.values(federation?.__SHARE__ ?? {})) {
      for (const scope of Object.values(instance)) {
        for (const [name, versions] of Object.entries(scope)) {
          result[name] = [...(result[name] ?? []), ...Object.values(versions).map((v) => v.from ?? '?')];
        }
      }
    }
    return result;
  });
  for (const name of ['react', 'react-dom', 'zustand', '@czp/design-system', '@czp/remote-sdk']) {
    expect(shared[name], `${name} is provided`).toBeDefined();
    expect(new Set(shared[name]), `${name} has one provider`).toEqual(new Set(['czp_shell']));
  }
});
