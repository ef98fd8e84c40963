import type { Locale } from '@czp/contract';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import type { Browser } from 'playwright-core';
import { type RunningEmulator, startEmulatorServer } from '../dev/emulator-server.js';
import type { Check } from './types.js';

/**
 * The accessibility step of `czp check`: the service's page in the emulator of the portal (as `czp dev` serves it),
 * opened in headless Chromium in Czech and in English, the remote mounted, then axe with the WCAG 2.1 A and AA
 * rules, the portal's own bar for the developer left out (the issuer cannot change it). Without Chromium the step
 * is skipped with how to get one: a missing browser is not a fault of the service.
 */
interface AccessibilityViolation {
  /** axe's rule id, e.g. "color-contrast". */
  rule: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (at most five). */
  targets: string[];
}

interface AccessibilityLanguage {
  locale: Locale;
  /** The remote mounted; when false, `problem` says what the page showed instead. */
  mounted: boolean;
  problem?: string;
  violations: AccessibilityViolation[];
}

type AccessibilityResult =
  | { status: 'passed' | 'failed'; languages: AccessibilityLanguage[] }
  | { status: 'skipped'; reason: string };

interface AccessibilityOptions {
  /** The remote's folder (absolute). */
  remoteDir: string;
  serviceId: string;
  /** An emulator already running for this remote (e.g. a test's); otherwise one is started on a free port. */
  emulator?: Pick<RunningEmulator, 'url'>;
  /** How long the remote may take to mount, per language. */
  mountTimeoutMs?: number;
}

/** WCAG 2.1 level A and AA, as the portal's own e2e accessibility suite runs them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const LOCALES: readonly Locale[] = ['cs', 'en'];
/** Jan Novák at the high level: every service's required level is met, so the remote itself is what is checked. */
const PERSON = 'jan-high';
const TOOLBAR = '[data-czp-emulator-toolbar]';

export async function checkAccessibility(options: AccessibilityOptions): Promise<AccessibilityResult> {
  let launchOptions: ReturnType<typeof chromiumLaunchOptions>;
  try {
    launchOptions = chromiumLaunchOptions();
  } catch (error) {
    return { status: 'skipped', reason: (error as Error).message };
  }
  const [{ chromium }, { AxeBuilder }] = await Promise.all([import('playwright-core'), import('@axe-core/playwright')]);
  const started = options.emulator
    ? null
    : await startEmulatorServer({
        remoteDir: options.remoteDir,
        serviceId: options.serviceId,
        port: 0,
        logLevel: 'error',
      });
  const url = (options.emulator ?? started)?.url ?? '';
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(launchOptions);
    const languages: AccessibilityLanguage[] = [];
    for (const locale of LOCALES) {
      const context = await browser.newContext({ locale: locale === 'cs' ? 'cs-CZ' : 'en-GB' });
      try {
        const page = await context.newPage();
        await page.goto(`${url}?lang=${locale}&person=${PERSON}`);
        const mounted = await waitForMount(page, options.mountTimeoutMs ?? 20_000);
        if (mounted !== true) {
          languages.push({ locale, mounted: false, problem: mounted, violations: [] });
          continue;
        }
        // The remote's first requests (to the mocks) answered and drawn.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        const results = await new AxeBuilder({ page })
          .withTags([...WCAG_TAGS])
          .exclude(TOOLBAR)
          .analyze();
        languages.push({
          locale,
          mounted: true,
          violations: results.violations.map((violation) => ({
            rule: violation.id,
            impact: violation.impact ?? null,
            help: violation.help,
            helpUrl: violation.helpUrl,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          })),
        });
      } finally {
        await context.close();
      }
    }
    const clean = languages.every((language) => language.mounted && language.violations.length === 0);
    return { status: clean ? 'passed' : 'failed', languages };
  } finally {
    await browser?.close();
    await started?.close();
  }
}

/** True once the remote is mounted, else what the page shows instead (a mount failure, the gate, a timeout). */
async function waitForMount(page: import('playwright-core').Page, timeout: number): Promise<true | string> {
  try {
    await page.waitForSelector('[data-czp-remote-state="mounted"], [data-czp-remote-state="failed"]', { timeout });
  } catch {
    return `the service did not mount within ${Math.round(timeout / 1000)} s (see czp dev for the browser's errors)`;
  }
  const state = await page.getAttribute('[data-czp-outlet]', 'data-czp-remote-state');
  if (state === 'mounted') return true;
  const alert = await page.locator('[role="alert"]').first().textContent();
  return alert?.trim() || 'the service failed to mount';
}

/** The result as the check's message: a line per language, with each violated rule and where. */
function describe(result: Exclude<AccessibilityResult, { status: 'skipped' }>): string {
  if (result.status === 'passed') {
    return `no violations in ${LOCALES.join(' and ')} (axe, WCAG 2.1 A and AA, on the page czp dev shows)`;
  }
  const lines: string[] = [];
  for (const language of result.languages) {
    if (!language.mounted) {
      lines.push(`${language.locale}: ${language.problem ?? 'the service did not mount'}`);
      continue;
    }
    if (language.violations.length === 0) {
      lines.push(`${language.locale}: no violations`);
      continue;
    }
    lines.push(`${language.locale}: ${language.violations.length} rule(s) violated (run czp dev to see the page):`);
    for (const violation of language.violations) {
      lines.push(
        `  ${violation.rule} (${violation.impact ?? 'unknown impact'}): ${violation.help} at ${violation.targets.join(', ')} (${violation.helpUrl})`,
      );
    }
  }
  return lines.join('\n');
}

/** The accessibility line of `czp check`. */
export const accessibilityCheck: Check = {
  id: 'accessibility',
  title: 'accessibility',
  async run({ folder }) {
    const result = await checkAccessibility({ remoteDir: folder.dir, serviceId: folder.serviceId });
    if (result.status === 'skipped') {
      return { status: 'skip', message: `axe needs headless Chromium: ${result.reason}` };
    }
    return { status: result.status === 'passed' ? 'pass' : 'fail', message: describe(result) };
  },
};
