import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (Playwright's own browser download is not available on these machines), for the e2e and
 * visual suites and the benchmarks. Plain JavaScript so that `node bench/run.mjs` loads it without a build;
 * its types are in chromium.d.ts.
 */

/** Headless, and never reaching the network on its own (updates, sync, QUIC probes). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return { executablePath, args: [...CHROMIUM_ARGS] };
}
