import { expect, test } from '@playwright/test';
import { JAN, logIn } from '../support/login.js';

/**
 * A page on the same site (another port of the same host) auto-submits a form to a percent-encoded API path, as
 * Chromium keeps `%61` as written: the portal must refuse it for want of the CSRF token, the router's decoding
 * notwithstanding.
 */
test('a same-site page auto-submitting a form to /%61pi/services/data-box/messages is refused (403 csrf)', async ({
  page,
  baseURL,
}) => {
  await logIn(page, JAN);
  const portal = new URL(baseURL ?? 'http://localhost:8181');
  const before = await page.request.get('/api/services/data-box/messages?folder=sent');
  const sentBefore = JSON.stringify(await before.json());

  const answers: Array<{ url: string; status: number; body: string }> = [];
  page.on('response', async (response) => {
    if (response.request().method() === 'POST') {
      answers.push({ url: response.url(), status: response.status(), body: await response.text().catch(() => '') });
    }
  });
  // The attacker's page: served by the same host name (same site) on a port of its own.
  await page.route('http://localhost:1/attacker', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Win a prize</title></head><body>
        <form id="f" method="post" enctype="text/plain"
          action="${portal.origin}/%61pi/services/data-box/messages">
          <input name='{"recipient":"mesto-telc","subject":"Sent by somebody else","body":"x","ignore":"' value='"}'>
        </form>
        <script>document.getElementById('f').submit()</script></body></html>`,
    }),
  );
  await page.goto('http://localhost:1/attacker');
  await page.waitForURL(/%61pi\/services\/data-box\/messages/);
  await expect.poll(() => answers.find((a) => a.url.includes('%61pi'))?.status).toBe(403);
  expect(JSON.parse(answers.find((a) => a.url.includes('%61pi'))?.body ?? '{}')).toMatchObject({ error: 'csrf' });

  // Nothing was sent in Jan's name.
  const after = await page.request.get('/api/services/data-box/messages?folder=sent');
  expect(JSON.stringify(await after.json())).toBe(sentBefore);
});
