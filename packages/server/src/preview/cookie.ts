import type { PreviewOverride } from '@czp/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { exactOrigin } from './settings.js';

/** How long one confirmation lasts: a working day, then the developer confirms again. */
const PREVIEW_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The preview cookie: `__Host-` over https, so a sibling subdomain cannot plant one. */
function previewCookieName(secure: boolean): string {
  return secure ? '__Host-czp_preview' : 'czp_preview';
}

interface Payload extends PreviewOverride {
  /** Seconds since the epoch after which the preview no longer counts, whatever the browser does with Max-Age. */
  until: number;
}

/**
 * Sets the preview cookie: the service, the origin and the end of the preview, signed with the server's cookie secret
 * (the same on every replica), httpOnly (no script reads or writes it), SameSite=Lax.
 */
export function setPreviewCookie(reply: FastifyReply, preview: PreviewOverride, secure: boolean, now: Date): void {
  const payload: Payload = { ...preview, until: Math.floor(now.getTime() / 1000) + PREVIEW_MAX_AGE_SECONDS };
  reply.setCookie(previewCookieName(secure), Buffer.from(JSON.stringify(payload)).toString('base64url'), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: PREVIEW_MAX_AGE_SECONDS,
  });
}

export function clearPreviewCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(previewCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/**
 * The preview this browser's cookie names, when its signature is ours and it has not ended; null for anything else
 * (no cookie, a forged or altered one, an expired one, a value that is not what we write).
 */
export function readPreviewCookie(request: FastifyRequest, secure: boolean, now: Date): PreviewOverride | null {
  const raw = request.cookies[previewCookieName(secure)];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  let payload: Partial<Payload>;
  try {
    payload = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<Payload>;
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const { serviceId, origin, until } = payload;
  if (typeof serviceId !== 'string' || typeof origin !== 'string' || typeof until !== 'number') return null;
  if (until * 1000 <= now.getTime() || exactOrigin(origin) !== origin) return null;
  return { serviceId, origin };
}
