import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type Header, pack } from 'tar-stream';

/** One tar entry of a test archive; a file unless `type` says otherwise. */
export interface TarEntry {
  name: string;
  content?: Buffer;
  type?: Header['type'];
  linkname?: string;
}

/** A gzip-compressed tar, as `tar -czf bundle.tar.gz -C dist .` makes it (tests only). */
export async function tarGz(entries: Iterable<TarEntry> | ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const list: TarEntry[] =
    entries instanceof Map
      ? [...(entries as ReadonlyMap<string, Buffer>)].map(([name, content]) => ({ name, content }))
      : [...(entries as Iterable<TarEntry>)];
  const archive = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of archive) chunks.push(chunk as Buffer);
  })();
  for (const entry of list) {
    if (entry.type && entry.type !== 'file') {
      archive.entry({ name: entry.name, type: entry.type, ...(entry.linkname ? { linkname: entry.linkname } : {}) });
    } else {
      archive.entry({ name: entry.name }, entry.content ?? Buffer.alloc(0));
    }
  }
  archive.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

export interface FormPart {
  name: string;
  value: string | Buffer;
  filename?: string;
  contentType?: string;
}

/** A multipart/form-data body for app.inject (tests only). */
export function multipart(parts: readonly FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----czp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.contentType ?? (part.filename ? 'application/gzip' : undefined);
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`,
      ),
      Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
