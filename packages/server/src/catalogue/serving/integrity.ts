import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { StoredFile } from '../bundle-store.js';

/** Files up to this size are read whole and checked on every request: exactly the checked bytes are served. */
export const VERIFY_IN_MEMORY_BYTES = 5 * 1024 * 1024;

export type VerifiedFile = { ok: true; body: Buffer | Readable } | { ok: false; actual: string };

async function sha384Of(stream: Readable, keep: boolean): Promise<{ integrity: string; content: Buffer | null }> {
  const hash = createHash('sha384');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    if (keep) chunks.push(chunk as Buffer);
  }
  return { integrity: `sha384-${hash.digest('base64')}`, content: keep ? Buffer.concat(chunks) : null };
}

/**
 * Serves a stored file only while its bytes still match the sha384 recorded at publishing: a file changed on disk
 * (tampering, a broken disk) is refused rather than handed to browsers. Large files are hashed once per version of
 * the file on disk (its signature) and then streamed.
 */
export class IntegrityVerifier {
  private readonly verified = new Map<string, string>();

  async open(key: string, file: StoredFile, integrity: string): Promise<VerifiedFile> {
    if (file.size <= VERIFY_IN_MEMORY_BYTES) {
      const { integrity: actual, content } = await sha384Of(file.stream(), true);
      return actual === integrity && content ? { ok: true, body: content } : { ok: false, actual };
    }
    if (file.signature && this.verified.get(key) === file.signature) return { ok: true, body: file.stream() };
    const { integrity: actual } = await sha384Of(file.stream(), false);
    if (actual !== integrity) {
      this.verified.delete(key);
      return { ok: false, actual };
    }
    if (file.signature) {
      if (this.verified.size > 10_000) this.verified.clear();
      this.verified.set(key, file.signature);
    }
    return { ok: true, body: file.stream() };
  }
}
