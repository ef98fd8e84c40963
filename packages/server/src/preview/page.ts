import type { Catalogue, PreviewOverride } from '@czp/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readPreviewCookie } from './cookie.js';
import { isAllowedPreviewOrigin, type PreviewSettings } from './settings.js';

/** What the preview feature leaves on the app for the page render (see feature.ts). */
export interface PreviewRuntime {
  settings: PreviewSettings;
  secureCookies: boolean;
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    czpPreview?: PreviewRuntime;
  }
}

/** The directives a previewed remote needs its development server in: its scripts, styles, images and fetches. */
const WIDENED_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'connect-src'];

/**
 * The preview of this page's response, if this browser has a valid one: previews are on, the cookie's signature is
 * ours and it has not ended, its service is in the catalogue and its origin is still allowed (settings may have
 * changed since it was set). Then, and only then, this response's CSP gets the origin too; every other response keeps
 * the strict one.
 */
export function previewOfPage(
  request: FastifyRequest,
  reply: FastifyReply,
  catalogue: Catalogue,
): { preview: PreviewOverride } | Record<string, never> {
  const runtime = request.server.czpPreview;
  if (!runtime?.settings.enabled) return {};
  const preview = readPreviewCookie(request, runtime.secureCookies, runtime.now());
  if (!preview) return {};
  if (!catalogue.services.some((service) => service.id === preview.serviceId)) return {};
  if (!isAllowedPreviewOrigin(runtime.settings, preview.origin)) return {};
  const policy = reply.raw.getHeader('content-security-policy');
  if (typeof policy !== 'string') return {};
  reply.raw.setHeader('content-security-policy', widenPolicy(policy, preview.origin));
  return { preview };
}

/** The policy with `origin` added to the directives a previewed remote needs; the rest as it was. */
function widenPolicy(policy: string, origin: string): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name = ''] = directive.trim().split(/\s+/);
      return WIDENED_DIRECTIVES.includes(name.toLowerCase()) ? `${directive.trim()} ${origin}` : directive.trim();
    })
    .join(';');
}
