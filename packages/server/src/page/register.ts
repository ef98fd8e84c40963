import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type BootData, type CatalogueEntry, satisfiesLevel } from '@czp/contract';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptedCoding } from '../http/encoding.js';
import { RETRY_AFTER_SECONDS } from '../http/unavailable.js';
import { type BootDataDeps, BootDataSource, type PageData } from './boot-data.js';
import { PageCache, type SignedOutPage } from './page-cache.js';
import { type PerResponse, PLACEHOLDERS, ResponseTemplate, substitutable } from './response-template.js';
import { serviceIdOfPath, servicePreloadHead } from './service-head.js';
import { ShellDocument } from './shell-document.js';

export interface PageDeps extends BootDataDeps {
  /** The shell build: `<repo>/shell/dist` with client/index.html, client/static/** and optionally server/entry-server.js */
  shellDir?: string | undefined;
  /** The `lib/` folder of @gov-design-system-ce/icons, served at /assets/icons/ */
  iconsDir?: string | undefined;
}

const gzipAsync = promisify(gzip);

const NOT_DOCUMENT = /^\/(api|remotes|static|assets)(\/|$)/;

/**
 * The portal's HTML page for every other GET (the shell routes in the browser), the shell's static files and the
 * icons; anything else unknown is a JSON 404. Registered last: every route of a feature comes first.
 */
export async function registerPage(app: FastifyInstance, deps: PageDeps): Promise<void> {
  const shell = deps.shellDir ? new ShellDocument(deps.shellDir, app.log) : null;
  if (shell && existsSync(join(shell.clientDir, 'static'))) {
    await app.register(fastifyStatic, {
      root: join(shell.clientDir, 'static'),
      prefix: '/static/',
      index: false,
      preCompressed: true,
      immutable: true,
      maxAge: '365d',
      decorateReply: false,
    });
  }
  if (deps.iconsDir && existsSync(deps.iconsDir)) {
    await app.register(fastifyStatic, {
      root: deps.iconsDir,
      prefix: '/assets/icons/',
      index: false,
      maxAge: '1d',
      decorateReply: false,
    });
  }

  const bootData = new BootDataSource(deps);
  const pages = new PageCache();

  const sendPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    { boot, preferences, catalogueVersion }: PageData,
  ) => {
    if (!shell) {
      return reply.code(404).send({ error: 'not-found', message: 'The portal shell is not served by this server' });
    }
    const pathname = pathOf(request.url);
    const serviceId = serviceIdOfPath(pathname);
    const service = serviceId ? boot.catalogue.services.find((entry) => entry.id === serviceId) : undefined;
    const values: PerResponse = {
      scriptNonce: boot.cspNonce,
      styleNonce: reply.cspNonce.style,
      csrfToken: boot.csrfToken,
    };
    // A signed-out page is the same for every browser with the same catalogue version, locale, theme and cookie
    // choice, but for its nonce and CSRF token: rendered once with placeholders for those, compressed once, and each
    // response gets its own values put in. A signed-in page (the person's name, their services), a preview and the
    // page while the database is away are rendered for their response alone.
    const shared: SignedOutPage | null =
      catalogueVersion !== null && !boot.unavailable && !boot.session.person && !boot.preview && substitutable(values)
        ? {
            catalogueVersion,
            locale: boot.locale,
            theme: preferences.theme,
            cookieNoticeDismissed: preferences.cookieNoticeDismissed,
            url: request.url,
          }
        : null;
    const render = async (renderBoot: BootData) => {
      try {
        return await shell.render(request.url, renderBoot, service ? preloadsFor(service, renderBoot) : undefined, {
          ...preferences,
          styleNonce: shared ? PLACEHOLDERS.styleNonce : values.styleNonce,
        });
      } catch (error) {
        request.log.error({ err: error }, 'the shell document could not be read');
        return null;
      }
    };
    let template = shared ? pages.get(shared) : undefined;
    let body: string | undefined;
    let renderedStatus = template?.status;
    if (!template) {
      const document = await render(
        shared ? { ...boot, cspNonce: PLACEHOLDERS.scriptNonce, csrfToken: PLACEHOLDERS.csrfToken } : boot,
      );
      if (!document) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The portal shell is not built yet. Run `pnpm build` and reload.');
      }
      renderedStatus = document.status;
      if (shared) {
        template = new ResponseTemplate(document.body, document.status);
        if (document.complete) pages.set(shared, template);
      } else {
        body = document.body;
      }
    }
    // While the database is away, only what the shell could draw without it is a 200; the rest says "try again".
    const status = boot.unavailable
      ? renderedStatus === 200
        ? 200
        : 503
      : (renderedStatus ?? (serviceId && !service ? 404 : 200));
    if (status === 503) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    reply
      .code(status)
      // A signed-in page carries the person's data: never stored at all (a browser's Back after logging out must not
      // show it from its cache); a signed-out page may be kept privately and revalidated.
      .header('Cache-Control', boot.unavailable || boot.session.person ? 'no-store' : 'private, no-cache')
      .header('Vary', 'Cookie, Accept-Language, Accept-Encoding')
      .type('text/html; charset=utf-8');
    // The not-found handler is no route, so @fastify/compress never sees it: the page compresses itself.
    const gzip = acceptedCoding(request.headers['accept-encoding'], ['gzip']) === 'gzip';
    if (gzip) reply.header('Content-Encoding', 'gzip');
    if (template) return reply.send(gzip ? template.gzip(values) : template.text(values));
    return reply.send(gzip ? await gzipAsync(body ?? '', { level: 6 }) : body);
  };

  // A navigation that failed on the way (login, the session) because the database is away gets the page too.
  app.decorate('unavailablePage', (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(request, reply, bootData.unavailable(request, reply)),
  );

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = pathOf(request.url);
    const isDocument = (request.method === 'GET' || request.method === 'HEAD') && !NOT_DOCUMENT.test(pathname);
    if (!isDocument) {
      return reply.code(404).send({ error: 'not-found', message: `There is nothing at ${request.method} ${pathname}` });
    }
    if (!shell) {
      return reply.code(404).send({ error: 'not-found', message: 'The portal shell is not served by this server' });
    }
    return sendPage(request, reply, await bootData.of(request, reply));
  });
}

/** The path of a request target, percent-decoded where it can be, with repeated slashes as one. */
function pathOf(url: string): string {
  const raw = (url.split('?')[0] ?? '/').replace(/\/{2,}/g, '/');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * A service page's head: the import map always, the preloads only when the page will load the remote (a public
 * service, or a session at its level with the consent); otherwise the browser fetches files it never uses and warns.
 */
function preloadsFor(service: CatalogueEntry, boot: BootData): { early: string; late: string } {
  const head = servicePreloadHead(service, boot.cspNonce);
  const person = boot.session.person;
  const loads =
    !service.requiredLevel ||
    (!!person && satisfiesLevel(person.levelOfAssurance, service.requiredLevel) && boot.session.consent === 'given');
  return loads ? head : { early: head.early, late: '' };
}
