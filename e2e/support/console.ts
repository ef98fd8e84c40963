import type { ConsoleMessage, Page } from '@playwright/test';

/** What the browser said that a citizen's page must never say: console errors, uncaught errors, hydration trouble. */
interface ConsoleProblem {
  kind: 'console-error' | 'page-error' | 'hydration';
  text: string;
  /** The page's address when it was said. */
  url: string;
}

/**
 * React's hydration problems: minified errors #418 (text or HTML did not match), #423 (the root fell back to a client
 * render) and #425 (text content), and the development build's words for them. Any console type: React logs some of
 * them as warnings.
 */
const HYDRATION = [
  /Minified React error #(418|423|425)\b/,
  /react\.dev\/errors\/(418|423|425)\b/,
  /Hydration failed/i,
  /did not match/i,
  /hydrat\w* (error|mismatch)/i,
];

/**
 * Warnings Chrome logs about what the server sent: a header it cannot parse (every page would carry it), a preload
 * the page never uses or fetches twice (wasted bytes on the first load).
 */
const BROWSER_WARNINGS = [
  /Error with Permissions-Policy header/i,
  /preloaded using link preload but not used/i,
  /A preload for .* is found, but is not used/i,
];

export interface ConsoleWatch {
  /** Everything collected so far, in order. */
  readonly problems: ConsoleProblem[];
  /** The problems as lines (kind, page, text), for an assertion's message. */
  lines(): string[];
  /** Forgets what was collected (a test that provokes an error on purpose, then checks the rest). */
  clear(): void;
}

/**
 * Watches a page's console and uncaught errors from now on. A test asserts `expect(watch.lines()).toEqual([])` when
 * it is done (or after each page it visits). Request failures show up too: Chrome logs a 4xx or 5xx answer to a fetch
 * as a console error ("Failed to load resource"), so a read the portal knew would be refused counts.
 */
export function watchConsole(page: Page): ConsoleWatch {
  const problems: ConsoleProblem[] = [];
  const textOf = (message: ConsoleMessage) => {
    const location = message.location();
    const where = location.url ? ` (${location.url}${location.lineNumber ? `:${location.lineNumber}` : ''})` : '';
    return `${message.text()}${where}`;
  };
  page.on('console', (message) => {
    const text = textOf(message);
    // A not-found page answers 404 on purpose (for search engines and scripts): Chrome logs that of the page itself.
    if (/Failed to load resource: .* 404\b/.test(text) && message.location().url === page.url()) return;
    if (HYDRATION.some((pattern) => pattern.test(text))) problems.push({ kind: 'hydration', text, url: page.url() });
    // The browser's own complaints about what the server sent (a header it cannot parse) are the portal's bugs too.
    else if (message.type() === 'error' || BROWSER_WARNINGS.some((pattern) => pattern.test(text)))
      problems.push({ kind: 'console-error', text, url: page.url() });
  });
  page.on('pageerror', (error) => {
    const text = `${error.name}: ${error.message}`;
    const kind = HYDRATION.some((pattern) => pattern.test(text)) ? 'hydration' : 'page-error';
    problems.push({ kind, text, url: page.url() });
  });
  return {
    problems,
    lines: () => problems.map((problem) => `${problem.kind} on ${new URL(problem.url).pathname}: ${problem.text}`),
    clear: () => {
      problems.length = 0;
    },
  };
}
