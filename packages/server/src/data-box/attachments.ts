import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/** A stored file, addressed by the SHA-256 of its content. */
export interface Blob {
  sha256: string;
  content: Buffer;
  mediaType: string;
}

/**
 * Where attachment bytes live. Content-addressed, so a file sent twice is stored once. `put` takes the transaction of
 * the message so a refused message leaves no bytes behind; a file store would write first and collect orphans later.
 */
export interface AttachmentStore {
  put(tx: Queryable, blob: Blob): Promise<void>;
  get(db: Queryable, sha256: string): Promise<Blob | null>;
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Bytes in the database itself: every replica sees them, backups include them. */
export const databaseAttachmentStore: AttachmentStore = {
  async put(tx, blob) {
    await tx.query(
      `insert into attachment_blobs (sha256, size, content, media_type) values ($1, $2, $3, $4)
       on conflict (sha256) do nothing`,
      [blob.sha256, blob.content.length, blob.content, blob.mediaType],
    );
  },
  async get(db, sha256) {
    const [row] = await db.query<{ content: Uint8Array; media_type: string }>(
      'select content, media_type from attachment_blobs where sha256 = $1',
      [sha256],
    );
    if (!row) return null;
    const content = Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength);
    return { sha256, content, mediaType: row.media_type };
  },
};
