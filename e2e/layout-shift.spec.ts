import { expect, type Page, test } from '@playwright/test';

// No layout shift while a page loads (performance issue 17): /services/telc (the server draws the service's heading,
// lead and a skeleton; the remote's content replaces the skeleton), / and /services, each loaded cold (a new
// browser context: no cache, no cookies, so the cookie bar is there) on a desktop and a mobile viewport. The figure is
// the Layout Instability API's score, summed over the shifts without recent input as Lighthouse's CLS does: a score,
// not a timing, so it does not depend on the machine's speed. On a miss the message names what moved.

const MAX_CLS = 0.02;

const PAGES = [
  {
    path: '/services/telc',
    ready: (page: Page) => page.locator('[data-service-id="telc"][data-service-state="mounted"]'),
  },
  { path: '/', ready: (page: Page) => page.locator('main h1').first() },
  { path: '/services', ready: (page: Page) => page.locator('main h1').first() },
];

const PROFILES = [
  { name: 'desktop', viewport: { width: 1350, height: 940 }, isMobile: false },
  { name: 'mobile', viewport: { width: 390, height: 844 }, isMobile: true },
];

interface Shift {
  value: number;
  sources: string[];
}

for (const profile of PROFILES) {
  test.describe(`layout shift, ${profile.name}`, () => {
    test.use({ viewport: profile.viewport, isMobile: profile.isMobile, hasTouch: profile.isMobile });
    for (const { path, ready } of PAGES) {
      test(`${path} loads without a layout shift`, async ({ page }) => {
        await page.addInitScript(() => {
          const shifts: { value: number; sources: string[] }[] = [];
          (window as unknown as { __czpShifts: typeof shifts }).__czpShifts = shifts;
          const name = (node: Node | null): string => {
            if (!node) return '(removed)';
            const element = node instanceof Element ? node : node.parentElement;
            if (!element) return node.nodeName;
            const classes = [...element.classList].map((c) => `.${c}`).join('');
            return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}`;
          };
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              shifts.push({
                value: entry.value,
                sources: entry.sources.map(
                  (s) =>
                    `${name(s.node)} y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}, height ${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.height)}`,
                ),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await expect(ready(page)).toBeVisible();
        // Settled: fonts loaded and two more frames drawn, so a late shift is in the list too.
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await new Promise((resolve) => setTimeout(resolve, 500));
        });
        const shifts = await page.evaluate(() => (window as unknown as { __czpShifts: Shift[] }).__czpShifts);
        const score = shifts.reduce((sum, shift) => sum + shift.value, 0);
        const what = shifts.map((s) => `${s.value.toFixed(4)}: ${s.sources.join('; ')}`).join('\n');
        expect(score, `cumulative layout shift of ${path}:\n${what}`).toBeLessThan(MAX_CLS);
      });
    }
  });
}
