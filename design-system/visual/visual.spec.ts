import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every story of the built Storybook, in Czech, English and the high-contrast theme: compared with
 * its committed baseline, and checked by axe (WCAG 2.1 AA) as a citizen's browser draws it.
 * One Storybook page per worker switches stories over Storybook's channel (a page load per story
 * would cost seconds each).
 */
interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../storybook-static/index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const VARIANTS = [
  { name: 'cs', globals: { locale: 'cs', theme: 'light' } },
  { name: 'en', globals: { locale: 'en', theme: 'light' } },
  { name: 'cs-high-contrast', globals: { locale: 'cs', theme: 'high-contrast' } },
] as const;

const test = base.extend<{ errors: string[] }, { storybook: Page }>({
  storybook: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 640 } });
      const page = await context.newPage();
      await page.goto('/iframe.html?viewMode=story&id=foundations-tokens--colours');
      await page.waitForFunction(() => {
        const preview = (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
          .__STORYBOOK_PREVIEW__;
        return preview?.currentRender?.phase === 'finished';
      });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  errors: async ({ storybook }, use) => {
    const errors: string[] = [];
    const record = (error: Error) => errors.push(error.message);
    storybook.on('pageerror', record);
    await use(errors);
    storybook.off('pageerror', record);
  },
});

/** What each worker's Storybook page shows now: emits are sent only for what changes. */
const shown = new WeakMap<Page, { storyId: string; globals: string }>();

/**
 * Shows a story with the given globals and resolves when it has rendered and run its play function.
 * One change at a time: a story switched while another render is being torn down makes Storybook reload.
 */
async function show(page: Page, storyId: string, globals: { locale: string; theme: string }): Promise<void> {
  const now = shown.get(page) ?? { storyId: 'foundations-tokens--colours', globals: '{"locale":"cs","theme":"light"}' };
  const changes: [string, unknown][] = [];
  if (now.storyId !== storyId) changes.push(['setCurrentStory', { storyId, viewMode: 'story' }]);
  if (now.globals !== JSON.stringify(globals)) changes.push(['updateGlobals', { globals }]);
  for (const [event, payload] of changes) {
    await page.evaluate(
      ([event, payload]) =>
        (
          globalThis as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void } }
        ).__STORYBOOK_ADDONS_CHANNEL__.emit(event, payload),
      [event, payload] as const,
    );
    await page.waitForFunction(
      ({ storyId, locale, theme, globalsChanged }) => {
        const render = (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } })
          .__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.phase === 'errored') throw new Error(`story ${storyId} errored`);
        const html = document.documentElement;
        return (
          render?.id === storyId &&
          render.phase === 'finished' &&
          (!globalsChanged || (html.lang === locale && html.dataset.czpTheme === theme))
        );
      },
      { storyId, ...globals, globalsChanged: event === 'updateGlobals' },
    );
  }
  shown.set(page, { storyId, globals: JSON.stringify(globals) });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // GovIcon fetches its SVGs after the first render.
  await page.waitForLoadState('networkidle');
}

/**
 * The story's own area: everything it draws, including fixed toasts and dialogs in the top layer
 * (outside #storybook-root's box), with a margin; the whole viewport when it draws nothing.
 */
async function storyArea(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    const boxes = [root, ...(root?.querySelectorAll('*') ?? [])]
      .filter((el): el is Element => el !== null)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const page = document.documentElement;
    if (boxes.length === 0) return { x: 0, y: 0, width: page.clientWidth, height: page.clientHeight };
    const left = Math.max(0, Math.min(...boxes.map((r) => r.left)) - 16);
    const top = Math.max(0, Math.min(...boxes.map((r) => r.top)) - 16);
    const right = Math.min(Math.max(...boxes.map((r) => r.right)) + 16, page.scrollWidth);
    const bottom = Math.max(...boxes.map((r) => r.bottom)) + 16;
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
}

test('the Storybook has stories', () => {
  expect(stories.length).toBeGreaterThan(0);
});

for (const story of stories) {
  test(`${story.title} / ${story.name}`, async ({ storybook: page, errors }) => {
    for (const variant of VARIANTS) {
      await show(page, story.id, variant.globals);
      await expect(page.locator('html')).toHaveAttribute('lang', variant.globals.locale);
      const axe = await new AxeBuilder({ page })
        .include('#storybook-root')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // A story shows a component alone, not a page: landmarks and a page heading are the page's business.
        .disableRules(['region', 'landmark-one-main', 'page-has-heading-one'])
        .analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `axe in ${variant.name}`,
      ).toEqual([]);
      await expect(page).toHaveScreenshot(`${story.id}--${variant.name}.png`, {
        clip: await storyArea(page),
        fullPage: true,
      });
    }
    expect(errors).toEqual([]);
  });
}
