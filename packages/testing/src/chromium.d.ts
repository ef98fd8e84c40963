import type { LaunchOptions } from '@playwright/test';

/**
 * Launch options for Debian's Chromium: `CHROMIUM_PATH`, else /usr/bin/chromium; throws when it is not there.
 * For Playwright's `use.launchOptions` and `chromium.launch()`.
 */
export declare function chromiumLaunchOptions(): LaunchOptions & { executablePath: string; args: string[] };
