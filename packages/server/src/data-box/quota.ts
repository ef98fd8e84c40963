import type { Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { formatBytes } from './text.js';
import type { IncomingAttachment } from './upload.js';

/**
 * What a message costs of its box's quota: its text and every attachment by size. A blob shared with other messages
 * (or other boxes) still counts in full here, so one box's usage never depends on what others store.
 */
export function messageSize(subject: string, body: string, attachments: readonly { size: number }[]): number {
  return Buffer.byteLength(subject) + Buffer.byteLength(body) + attachments.reduce((sum, a) => sum + a.size, 0);
}

export const sizesOf = (attachments: readonly IncomingAttachment[]) =>
  attachments.map((attachment) => ({ size: attachment.content.length }));

export async function storageOf(db: Queryable, boxId: string): Promise<{ usedBytes: number; quotaBytes: number }> {
  const [row] = await db.query<{ used: string | number; quota: string | number }>(
    `select coalesce((select sum(size_bytes) from messages where box_id = $1), 0) as used,
            (select quota_bytes from data_boxes where id = $1) as quota`,
    [boxId],
  );
  return { usedBytes: Number(row?.used ?? 0), quotaBytes: Number(row?.quota ?? 0) };
}

/** Refuses a message that would not fit; `freed` is what it replaces (a draft's old content). Call under the box lock. */
export async function assertFits(tx: Queryable, boxId: string, needed: number, freed = 0): Promise<void> {
  const { usedBytes, quotaBytes } = await storageOf(tx, boxId);
  const free = Math.max(0, quotaBytes - usedBytes + freed);
  if (needed > free) {
    throw new Refusal(
      413,
      'quota-exceeded',
      `This message needs ${formatBytes(needed)} but your data box has ${formatBytes(free)} free of ${formatBytes(quotaBytes)}. Delete drafts or send smaller attachments.`,
    );
  }
}

/** One change at a time per box: quota checks and idempotency keys stay exact under concurrent requests. */
export async function lockBox(tx: Queryable, boxId: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-data-box:${boxId}`]);
}
