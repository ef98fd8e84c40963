import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.VISUAL_PORT ?? 6116);

/**
 * Visual regression of every Storybook story (built by `pnpm build-storybook`) against the
 * committed baselines in visual/baselines/. Update them deliberately: `pnpm visual:update`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  expect: {
    // Same machine, same Chromium, same fonts: pixels match exactly; the small tolerance absorbs anti-aliasing.
    // threshold: how far a pixel's colour may move (0–1, YIQ); Playwright's default 0.2 lets a changed token colour pass.
    toHaveScreenshot: {
      threshold: 0.02,
      maxDiffPixelRatio: 0.002,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1024, height: 640 },
    deviceScaleFactor: 1,
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --outDir storybook-static --port ${port} --strictPort`,
    cwd: '..',
    url: `http://localhost:${port}/index.json`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
