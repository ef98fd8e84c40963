import { type CatalogueEntry, COOKIES, type Locale, safeReturnPath } from '@czp/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadCatalogue } from '../catalogue/serving/catalogue.js';
import type { Queryable } from '../db/database.js';
import { csrfTokenFor } from '../http/csrf.js';
import { pickLocale } from '../http/locale.js';
import { Refusal } from '../http/refusal.js';
import { CONFIRMATION_STYLESHEET, confirmationPage, refusedPage } from './confirmation-page.js';
import { clearPreviewCookie, setPreviewCookie } from './cookie.js';
import { exactOrigin, isAllowedPreviewOrigin, type PreviewSettings } from './settings.js';

export interface PreviewRouteDeps {
  db: Queryable;
  settings: PreviewSettings;
  secureCookies: boolean;
  now: () => Date;
}

type Field = 'service' | 'origin';
interface Problem {
  status: 400 | 404;
  field: Field;
  message: Record<Locale, string>;
}

/** The service and origin a preview asks for, checked as the POST will check them; or what is wrong, by field. */
async function checkPreview(
  deps: PreviewRouteDeps,
  service: unknown,
  origin: unknown,
): Promise<{ entry: CatalogueEntry; origin: string } | Problem> {
  if (typeof service !== 'string' || service === '') {
    return {
      status: 400,
      field: 'service',
      message: { cs: 'Chybí služba (service).', en: 'service is missing: the id of the service to preview.' },
    };
  }
  const catalogue = await loadCatalogue(deps.db);
  const entry = catalogue.services.find((candidate) => candidate.id === service);
  if (!entry) {
    return {
      status: 404,
      field: 'service',
      message: {
        cs: `Služba (service) „${service}“ v katalogu portálu není. Náhled je možný jen u zveřejněné služby.`,
        en: `service "${service}" is not in this portal's catalogue: only a published service can be previewed.`,
      },
    };
  }
  const exact = typeof origin === 'string' ? exactOrigin(origin) : null;
  if (!exact) {
    return {
      status: 400,
      field: 'origin',
      message: {
        cs: 'Adresa (origin) musí být jen původ http(s), např. http://localhost:5174, bez cesty.',
        en: 'origin must be an http(s) origin only, e.g. http://localhost:5174, without a path.',
      },
    };
  }
  if (!isAllowedPreviewOrigin(deps.settings, exact)) {
    const allowed =
      deps.settings.origins === 'loopback'
        ? 'http://localhost:<port>, http://127.0.0.1:<port>'
        : deps.settings.origins.join(', ');
    return {
      status: 400,
      field: 'origin',
      message: {
        cs: `Z adresy (origin) ${exact} tento portál náhledy nenačítá. Povolené: ${allowed}.`,
        en: `origin ${exact} is not allowed for previews on this portal. Allowed: ${allowed}.`,
      },
    };
  }
  return { entry, origin: exact };
}

function localeOf(request: FastifyRequest): Locale {
  return pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);
}

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .header('Vary', 'Cookie, Accept-Language')
    .type('text/html; charset=utf-8')
    .send(body);
}

/**
 * The preview's routes, registered only while previews are on (otherwise there is nothing at these paths).
 * GET only shows the confirmation; the preview starts only from its form's POST, which carries the CSRF token like
 * every mutating call, so neither a link nor another site's page can start one.
 */
export function registerPreviewRoutes(app: FastifyInstance, deps: PreviewRouteDeps): void {
  app.get('/preview/preview.css', async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=3600').type('text/css; charset=utf-8').send(CONFIRMATION_STYLESHEET),
  );

  app.get('/preview', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const locale = localeOf(request);
    const checked = await checkPreview(deps, query.service, query.origin);
    if ('field' in checked) {
      return sendHtml(reply, checked.status, refusedPage({ locale, message: checked.message[locale] }));
    }
    const name = checked.entry.name[locale];
    return sendHtml(
      reply,
      200,
      confirmationPage({
        locale,
        serviceId: checked.entry.id,
        serviceName: name,
        origin: checked.origin,
        csrfToken: csrfTokenFor(request, reply),
      }),
    );
  });

  app.post('/preview', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const checked = await checkPreview(deps, body.service, body.origin);
    if ('field' in checked) {
      throw new Refusal(
        checked.status,
        checked.status === 404 ? 'not-found' : 'validation',
        checked.message.en,
        checked.field,
      );
    }
    setPreviewCookie(reply, { serviceId: checked.entry.id, origin: checked.origin }, deps.secureCookies, deps.now());
    request.log.info({ serviceId: checked.entry.id, origin: checked.origin }, 'a browser started a developer preview');
    return reply
      .code(303)
      .header('Location', `/services/${encodeURIComponent(checked.entry.id)}`)
      .send();
  });

  app.post('/preview/end', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    clearPreviewCookie(reply, deps.secureCookies);
    return reply.code(303).header('Location', safeReturnPath(body.returnTo)).send();
  });
}
