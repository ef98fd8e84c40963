// A citizen's browser for the benchmarks, without a browser: a cookie jar, redirects followed like a browser, the
// identity provider's forms filled in, the first-login consent given. Shared by data-box.mjs, replicas.mjs and
// my-data.mjs so each measures the portal, not its own copy of a login.

/** A cookie jar with a browser's path rules (the portal and the provider share the host; cookies ignore ports). */
class PortalClient {
  cookies = new Map();
  /** The CSRF token once logged in. */
  token = '';

  store(response, url) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const cookie = {
        name: pair.slice(0, eq),
        value: pair.slice(eq + 1),
        path: url.pathname.replace(/\/[^/]*$/, '') || '/',
      };
      let expired = cookie.value === '';
      for (const attribute of attributes) {
        const [key = '', value = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') cookie.path = value || '/';
        if (key.toLowerCase() === 'max-age' && Number(value) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(value) <= Date.now()) expired = true;
      }
      if (expired) this.cookies.delete(`${cookie.name} ${cookie.path}`);
      else this.cookies.set(`${cookie.name} ${cookie.path}`, cookie);
    }
  }

  header(url) {
    return [...this.cookies.values()]
      .filter((c) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** fetch with the jar, following redirects like a browser (POST → GET after 302/303). */
  async browse(url, init = {}) {
    let current = new URL(url);
    let method = init.method ?? 'GET';
    let body = init.body;
    for (let hop = 0; hop < 20; hop += 1) {
      const headers = { ...(init.headers ?? {}), cookie: this.header(current) };
      if (body && typeof body === 'string') headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await fetch(current, { method, headers, body, redirect: 'manual' });
      this.store(response, current);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        current = new URL(location, current);
        if (response.status !== 307 && response.status !== 308) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      return { url: current, status: response.status, text: await response.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** A call with the session cookie (and the CSRF token on mutating calls); the raw Response. */
  fetch(url, init = {}) {
    const target = new URL(url);
    const headers = { ...(init.headers ?? {}), cookie: this.header(target) };
    if (init.method && init.method !== 'GET') headers['x-csrf-token'] = this.token;
    return fetch(target, { ...init, headers });
  }
}

const attributes = (source) =>
  new Map(
    [...source.matchAll(/([\w:.-]+)(?:="([^"]*)")?/g)].map((m) => [
      m[1].toLowerCase(),
      (m[2] ?? '').replace(/&amp;/g, '&'),
    ]),
  );

function findForm(page, id) {
  for (const match of page.text.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const form = attributes(match[1]);
    if (form.get('id') !== id) continue;
    const fields = new URLSearchParams();
    for (const input of match[2].matchAll(/<input\b([^>]*)>/g)) {
      const field = attributes(input[1]);
      const type = field.get('type') ?? 'text';
      if (!field.get('name') || ((type === 'radio' || type === 'checkbox') && !field.has('checked'))) continue;
      fields.append(field.get('name'), field.get('value') ?? '');
    }
    return { action: new URL(form.get('action') ?? page.url.href, page.url), fields };
  }
  throw new Error(`no form #${id} at ${page.url.href} (status ${page.status})`);
}

function findLink(page, testId) {
  for (const match of page.text.matchAll(/<a\b([^>]*)>/g)) {
    const link = attributes(match[1]);
    if (link.get('data-testid') === testId) return new URL(link.get('href'), page.url);
  }
  throw new Error(`no link ${testId} at ${page.url.href} (status ${page.status})`);
}

/** Resolves once `url` answers 2xx; throws after `ms`. */
export async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * A real login at the development identity provider with an identity card (Jan Novák's by default), the consent given
 * on a first login. Returns the client with its session and CSRF token.
 */
export async function logIn(portal, { card = '000000001', pin = '123456' } = {}) {
  const client = new PortalClient();
  const methods = await client.browse(`${portal}/auth/login`);
  const cardPage = await client.browse(findLink(methods, 'method-card'));
  const form = findForm(cardPage, 'card-form');
  form.fields.set('card', card);
  form.fields.set('pin', pin);
  const landed = await client.browse(form.action, { method: 'POST', body: form.fields.toString() });
  client.token = JSON.parse((await client.browse(`${portal}/api/csrf-token`)).text).token;
  if (landed.url.pathname === '/consent') {
    const response = await client.fetch(`${portal}/api/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ consent: 'given' }),
    });
    if (!response.ok) throw new Error(`consent: ${response.status} ${await response.text()}`);
  }
  const session = JSON.parse((await client.browse(`${portal}/api/session`)).text);
  if (!session.person) throw new Error('the login did not succeed');
  client.name = session.person.name;
  return client;
}
