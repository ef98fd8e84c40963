import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import chromiumArgs from './chromium-args.json' with { type: 'json' };

/**
 * Debian's Chromium (Playwright's own browser download is not available on these machines).
 * The flags (chromium-args.json, shared with bench/) keep it from reaching the network on its own.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return {
    executablePath,
    args: chromiumArgs,
  };
}
