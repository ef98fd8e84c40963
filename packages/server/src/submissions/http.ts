import type { FastifyReply } from 'fastify';
import type { Blob } from '../data-box/attachments.js';

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file of a submission as a download that never runs in the portal's origin (as the data box sends its files). */
export function sendFile(reply: FastifyReply, file: { name: string; blob: Blob }) {
  return reply
    .header('Content-Type', file.blob.mediaType || 'application/octet-stream')
    .header('Content-Disposition', contentDisposition(file.name))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "sandbox; default-src 'none'")
    .header('Cache-Control', 'private, no-store')
    .send(file.blob.content);
}

/** A plain note is the same in both languages. */
export function localizedNote(note: string | { cs: string; en: string } | undefined) {
  if (note === undefined) return null;
  if (typeof note === 'string') return note === '' ? null : { cs: note, en: note };
  return note.cs === '' && note.en === '' ? null : { cs: note.cs || note.en, en: note.en || note.cs };
}
