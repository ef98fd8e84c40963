// node bench/interactions.mjs (after `pnpm build`; part of `pnpm bench`): how fast the built portal answers input,
// INP-style, on the desktop profile (no throttling, 1350×940), the median of BENCH_INTERACTION_RUNS runs (default 7),
// each in a fresh page:
//   - typing "telc" in the catalogue's search on /services (each key an interaction; a run's figure is its worst key),
//   - opening a data box message (Jan Novák logged in with his identity card; he sends Telč a message through the API
//     first and opens it from his Sent folder),
//   - switching the language from Czech to English (header button).
// Two measures of input → next paint: the Event Timing API (PerformanceObserver 'event', durationThreshold 16: the
// longest entry of the interaction, what INP takes; below 16 ms the browser reports nothing) and a rAF-after-input
// measure (from the event's timeStamp to a task after the next animation frame). The PASS/MISS is on the larger of
// the two against ≤ 100 ms ("good" INP is ≤ 200 ms; the issue asks for 100). For the interactions that load
// something (the message, the other language's texts) it also prints input → the result painted. Figures: exit 0.
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { chromium } from '@playwright/test';
import { startBuiltPortal } from './support/built-portal.mjs';
import { logIn } from './support/portal-client.mjs';

const PORT = Number(process.env.BENCH_INTERACTIONS_PORT ?? 8335);
const RUNS = Math.max(1, Number(process.env.BENCH_INTERACTION_RUNS ?? 7));
const TARGET_MS = 100;
const JAN = { card: '000000001', pin: '123456' };
const DESKTOP = { viewport: { width: 1350, height: 940 }, locale: 'cs-CZ' };

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');

/**
 * Runs in the page before its own scripts: collects Event Timing entries and, for every pointerdown, keydown and
 * click, the time from the event to a task after the next frame (the paint that follows it).
 */
function instrument() {
  const w = /** @type {any} */ (window);
  w.__czpEvents = [];
  w.__czpInputs = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const entry = /** @type {PerformanceEventTiming} */ (e);
      if (entry.interactionId)
        w.__czpEvents.push({
          name: entry.name,
          id: entry.interactionId,
          start: entry.startTime,
          duration: entry.duration,
        });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  for (const type of ['pointerdown', 'keydown', 'click']) {
    addEventListener(
      type,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__czpInputs.push({ type, start, latency: performance.now() - start });
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  }
}

/** performance.now() in the page: the start of a measured window. */
const pageNow = (page) => page.evaluate(() => performance.now());

/** After the window that started at `since`: the worst interaction by Event Timing and by rAF-after-input. */
async function latencies(page, since) {
  // Event Timing entries arrive after the paint; give the observer a moment.
  await page.waitForTimeout(300);
  return page.evaluate((from) => {
    const w = /** @type {any} */ (window);
    const byInteraction = new Map();
    for (const e of w.__czpEvents)
      if (e.start >= from) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    const raf = w.__czpInputs.filter((i) => i.start >= from).map((i) => i.latency);
    return {
      // Nothing reported means every event of the window took less than the threshold.
      eventTiming: byInteraction.size ? Math.max(...byInteraction.values()) : 16,
      interactions: byInteraction.size,
      raf: raf.length ? Math.max(...raf) : Number.NaN,
    };
  }, since);
}

/** Resolves (in page time) when `text` is in the document under `selector`, painted: a task after the next frame. */
function whenShown(page, selector, text) {
  return page.evaluate(
    ([sel, wanted]) =>
      new Promise((done) => {
        const check = () => {
          const el = document.querySelector(sel);
          if (!el?.textContent?.includes(wanted)) return false;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(performance.now());
            channel.port2.postMessage(0);
          });
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        check();
        setTimeout(() => done(Number.NaN), 15_000);
      }),
    [selector, text],
  );
}

/** Waits until the page's own scripts have run: no request in flight for a while after load. */
async function settled(page) {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
}

async function typeInSearch(browser, portal) {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${portal}/services`);
  await settled(page);
  const search = page.getByRole('searchbox', { name: 'Hledat službu' });
  await search.click();
  await page.waitForTimeout(200);
  const since = await pageNow(page);
  // A person's typing speed: a key every 120 ms, each key its own interaction.
  await search.pressSequentially('telc', { delay: 120 });
  const result = await latencies(page, since);
  await context.close();
  return result;
}

async function openMessage(browser, portal, storageState, subject, body) {
  const context = await browser.newContext({ ...DESKTOP, storageState });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${portal}/services/data-box/sent`);
  const box = page.locator('section[data-service-id="data-box"]');
  await page.locator('section[data-service-id="data-box"][data-service-state="mounted"]').waitFor({ timeout: 30_000 });
  const link = box.getByRole('link', { name: new RegExp(subject) }).first();
  await link.waitFor({ timeout: 30_000 });
  await settled(page);
  const since = await pageNow(page);
  const shown = whenShown(page, 'section[data-service-id="data-box"]', body);
  await link.click();
  const paintedAt = await shown;
  const result = await latencies(page, since);
  await context.close();
  return { ...result, shown: paintedAt - since };
}

async function switchLanguage(browser, portal) {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${portal}/`);
  await settled(page);
  const english = page.getByRole('button', { name: 'English', exact: true });
  await english.waitFor();
  const since = await pageNow(page);
  // Done when the page says it is English and the switch shows it.
  const shown = page.evaluate(
    () =>
      new Promise((done) => {
        const check = () => {
          const pressed = document.querySelector('.czp-lang button[lang="en"]')?.getAttribute('aria-pressed');
          if (document.documentElement.lang !== 'en' || pressed !== 'true') return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(performance.now());
            channel.port2.postMessage(0);
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => done(Number.NaN), 15_000);
      }),
  );
  await english.click();
  const paintedAt = await shown;
  const result = await latencies(page, since);
  await context.close();
  return { ...result, shown: paintedAt - since };
}

/** Jan Novák logged in in a browser (identity card; the consent given earlier by the API client). */
async function janInBrowser(browser, portal) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${portal}/auth/login?${new URLSearchParams({ returnTo: '/' })}`);
  await page.getByTestId('method-card').click();
  await page.locator(`input[name="card"][value="${JAN.card}"]`).check();
  await page.locator('#pin').fill(JAN.pin);
  await page.locator('#card-form [type="submit"]').click();
  await page.waitForURL((url) => url.origin === portal && !url.pathname.startsWith('/auth'), { timeout: 30_000 });
  if (new URL(page.url()).pathname === '/consent')
    await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
  const state = await context.storageState();
  await context.close();
  return state;
}

async function main() {
  const portal = await startBuiltPortal({ port: PORT, serviceId: 'data-box' });
  const rows = [];
  try {
    // Jan's message: sent through the API, opened from his Sent folder in the browser.
    const client = await logIn(portal.url, JAN);
    const api = `${portal.url}/api/services/data-box`;
    const recipients = JSON.parse((await client.browse(`${api}/recipients`)).text).recipients;
    const recipient = recipients.find((r) => r.kind === 'municipality')?.id ?? recipients[0]?.id;
    const subject = `Měření odezvy ${Date.now()}`;
    const body = 'Dobrý den, tato zpráva měří, jak rychle se otevře.';
    const form = new FormData();
    form.set('recipient', recipient);
    form.set('subject', subject);
    form.set('body', body);
    form.set('idempotencyKey', `bench-interactions-${Date.now()}`);
    const sent = await client.fetch(`${api}/messages`, { method: 'POST', body: form });
    if (!sent.ok) throw new Error(`sending Jan's message: ${sent.status} ${await sent.text()}`);

    const browser = await chromium.launch(chromiumLaunchOptions());
    const storageState = await janInBrowser(browser, portal.url);
    const cases = [
      { name: 'type "telc" in the catalogue search (/services)', run: () => typeInSearch(browser, portal.url) },
      {
        name: 'open a data box message (Jan, Sent)',
        run: () => openMessage(browser, portal.url, storageState, subject, body),
      },
      { name: 'switch the language cs → en (/)', run: () => switchLanguage(browser, portal.url) },
    ];
    // One run of each first: the server's caches warm.
    for (const c of cases) await c.run();
    for (const c of cases) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await c.run());
      rows.push({
        name: c.name,
        eventTiming: median(runs.map((r) => r.eventTiming)),
        raf: median(runs.map((r) => r.raf)),
        shown: median(runs.map((r) => r.shown ?? Number.NaN)),
      });
    }
    await browser.close();
  } finally {
    await portal.stop();
  }
  console.log(`\n== Interactions, desktop, median of ${RUNS} runs (input → next paint) ==`);
  console.log(
    `${'interaction'.padEnd(50)} ${'Event Timing'.padStart(12)} ${'rAF'.padStart(8)} ${'→ result shown'.padStart(15)}`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(50)} ${(r.eventTiming <= 16 ? '≤ 16 ms' : ms(r.eventTiming)).padStart(12)} ${ms(r.raf).padStart(8)} ${ms(r.shown).padStart(15)}`,
    );
  console.log(`\n== Targets of the performance issue (17), interactions ≤ ${TARGET_MS} ms ==`);
  for (const r of rows) {
    const worst = Math.max(r.eventTiming, Number.isFinite(r.raf) ? r.raf : 0);
    console.log(`${worst <= TARGET_MS ? 'PASS' : 'MISS'}  ${r.name}: ${ms(worst)}`);
  }
}

await main();
