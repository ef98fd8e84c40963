/**
 * A tiny browser for tests: fetch with redirect: 'manual', a cookie jar that honours cookie paths (oidc-provider
 * scopes its interaction cookies to /interaction/:uid and /auth/:uid), and form submission read from the HTML.
 */

export interface Page {
  url: URL;
  status: number;
  html: string;
  headers: Headers;
}

interface Cookie {
  name: string;
  value: string;
  path: string;
  expiresAt?: number;
}

export interface Form {
  action: URL;
  method: string;
  fields: URLSearchParams;
}

export class Browser {
  readonly #cookies = new Map<string, Cookie>();
  /**
   * Requests are not followed into URLs starting with these (the relying party's callback, where nothing listens, or
   * which a test wants to look at before it is used). Empty it to go on.
   */
  readonly stopAt: string[];

  constructor(stopAt: string[]) {
    this.stopAt = stopAt;
  }

  /** GET, following redirects. */
  async open(url: string | URL): Promise<Page> {
    return this.#follow(new URL(url), 'GET');
  }

  /** Submits a form of the page (found by id), with extra or overriding fields, and follows redirects. */
  async submit(page: Page, formId: string, fields: Record<string, string> = {}): Promise<Page> {
    const form = findForm(page, formId);
    for (const [name, value] of Object.entries(fields)) form.fields.set(name, value);
    return this.post(form.action, form.fields);
  }

  /** POSTs a urlencoded body directly, and follows redirects. */
  async post(url: string | URL, body: URLSearchParams | string, contentType = 'application/x-www-form-urlencoded') {
    return this.#follow(new URL(url), 'POST', { body: body.toString(), contentType });
  }

  cookieNames(): string[] {
    return [...this.#cookies.values()].map((cookie) => cookie.name);
  }

  async #follow(url: URL, method: string, payload?: { body: string; contentType: string }): Promise<Page> {
    let current = url;
    let currentMethod = method;
    let currentPayload = payload;
    for (let hop = 0; hop < 20; hop += 1) {
      if (this.stopAt.some((prefix) => current.href.startsWith(prefix))) {
        return { url: current, status: 0, html: '', headers: new Headers() };
      }
      const headers = new Headers();
      const cookie = this.#cookieHeader(current);
      if (cookie) headers.set('cookie', cookie);
      if (currentPayload) headers.set('content-type', currentPayload.contentType);
      const response = await fetch(current, {
        method: currentMethod,
        headers,
        body: currentPayload?.body,
        redirect: 'manual',
      });
      this.#store(response.headers.getSetCookie(), current);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        current = new URL(location, current);
        // 303 (and 301/302 after POST, as browsers do) turn into GET.
        if (response.status !== 307 && response.status !== 308) {
          currentMethod = 'GET';
          currentPayload = undefined;
        }
        continue;
      }
      return { url: current, status: response.status, html: await response.text(), headers: response.headers };
    }
    throw new Error(`too many redirects from ${url.href}`);
  }

  #cookieHeader(url: URL): string {
    const now = Date.now();
    return [...this.#cookies.values()]
      .filter(
        (cookie) =>
          (cookie.expiresAt === undefined || cookie.expiresAt > now) && pathMatches(url.pathname, cookie.path),
      )
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  #store(setCookies: string[], url: URL): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const cookie: Cookie = { name: pair.slice(0, eq), value: pair.slice(eq + 1), path: defaultPath(url) };
      for (const attribute of attributes) {
        const [key = '', value = ''] = attribute.split('=');
        const name = key.toLowerCase();
        if (name === 'path') cookie.path = value || '/';
        else if (name === 'expires') cookie.expiresAt ??= Date.parse(value);
        else if (name === 'max-age') cookie.expiresAt = Date.now() + Number(value) * 1000;
      }
      const key = `${cookie.name} ${cookie.path}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= Date.now()) this.#cookies.delete(key);
      else this.#cookies.set(key, cookie);
    }
  }
}

function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : url.pathname.slice(0, slash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** The form with this id: its resolved action, method and the values of its inputs (hidden, text, checked radios). */
export function findForm(page: Page, id: string): Form {
  for (const match of page.html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (attributes.get('id') !== id) continue;
    const fields = new URLSearchParams();
    for (const input of (match[2] ?? '').matchAll(/<input\b([^>]*)>/g)) {
      const inputAttributes = parseAttributes(input[1] ?? '');
      const name = inputAttributes.get('name');
      const type = inputAttributes.get('type') ?? 'text';
      if (!name) continue;
      if ((type === 'radio' || type === 'checkbox') && !inputAttributes.has('checked')) continue;
      fields.append(name, inputAttributes.get('value') ?? '');
    }
    return {
      action: new URL(attributes.get('action') ?? page.url.href, page.url),
      method: (attributes.get('method') ?? 'get').toUpperCase(),
      fields,
    };
  }
  throw new Error(`no form #${id} on ${page.url.href} (status ${page.status}):\n${page.html}`);
}

/** The href of the link with this data-testid. */
export function findLink(page: Page, testId: string): URL {
  for (const match of page.html.matchAll(/<a\b([^>]*)>/g)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (attributes.get('data-testid') === testId) return new URL(attributes.get('href') ?? '', page.url);
  }
  throw new Error(`no link [data-testid=${testId}] on ${page.url.href}:\n${page.html}`);
}

/** Text content of the first element with this data-testid, tags stripped. */
export function textOf(page: Page, testId: string): string | undefined {
  const match = new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</\\1>`).exec(page.html);
  return match ? decode((match[2] ?? '').replace(/<[^>]*>/g, '')).trim() : undefined;
}

/** The page's text with tags stripped and entities decoded, for assertions on wording. */
export function visibleText(page: Page): string {
  return decode(page.html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([\w:.-]+)(?:="([^"]*)")?/g)) {
    if (match[1]) attributes.set(match[1].toLowerCase(), decode(match[2] ?? ''));
  }
  return attributes;
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
