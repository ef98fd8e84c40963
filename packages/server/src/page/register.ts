import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RETRY_AFTER_SECONDS } from '../http/unavailable.js';
import { type BootDataDeps, BootDataSource } from './boot-data.js';
import { serviceIdOfPath, servicePreloadHead } from './service-head.js';
import { ShellDocument } from './shell-document.js';

export interface PageDeps extends BootDataDeps {
  /** The shell build: `<repo>/shell/dist` with client/index.html, client/static/** and optionally server/entry-server.js */
  shellDir?: string | undefined;
  /** The `lib/` folder of @gov-design-system-ce/icons, served at /assets/icons/ */
  iconsDir?: string | undefined;
}

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

  const sendPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    { boot, preferences }: Awaited<ReturnType<BootDataSource['of']>>,
  ) => {
    if (!shell) {
      return reply.code(404).send({ error: 'not-found', message: 'The portal shell is not served by this server' });
    }
    const pathname = pathOf(request.url);
    const serviceId = serviceIdOfPath(pathname);
    const service = serviceId ? boot.catalogue.services.find((entry) => entry.id === serviceId) : undefined;
    let document: { body: string; status: number | undefined };
    try {
      document = await shell.render(
        request.url,
        boot,
        service ? servicePreloadHead(service, boot.cspNonce) : undefined,
        preferences,
      );
    } catch (error) {
      request.log.error({ err: error }, 'the shell document could not be read');
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The portal shell is not built yet. Run `pnpm build` and reload.');
    }
    // While the database is away, only what the shell could draw without it is a 200; the rest says "try again".
    const status = boot.unavailable
      ? document.status === 200
        ? 200
        : 503
      : (document.status ?? (serviceId && !service ? 404 : 200));
    if (status === 503) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return (
      reply
        .code(status)
        // A signed-in page carries the person's data: never stored at all (a browser's Back after logging out must not
        // show it from its cache); a signed-out page may be kept privately and revalidated.
        .header('Cache-Control', boot.unavailable || boot.session.person ? 'no-store' : 'private, no-cache')
        .header('Vary', 'Cookie, Accept-Language')
        .type('text/html; charset=utf-8')
        .send(document.body)
    );
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
