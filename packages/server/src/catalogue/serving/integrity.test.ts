import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../bundle-store.js';
import { sriIntegrity } from '../publishing/publish.js';
import { IntegrityVerifier, VERIFY_IN_MEMORY_BYTES } from './integrity.js';

/** A stored file whose bytes (and signature) the test changes; counts how often it is read. */
function storedFile(content: { bytes: Buffer; signature: string; reads: number }): StoredFile {
  return {
    size: content.bytes.length,
    signature: content.signature,
    stream: () => {
      content.reads += 1;
      return Readable.from([content.bytes]);
    },
  };
}

async function bodyOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('IntegrityVerifier', () => {
  it('serves a small file only while it matches, checking every request', async () => {
    const verifier = new IntegrityVerifier();
    const file = { bytes: Buffer.from('export const ok = 1;'), signature: 'a', reads: 0 };
    const integrity = sriIntegrity(file.bytes);
    const served = await verifier.open('k', storedFile(file), integrity);
    expect(served.ok && (await bodyOf(served.body)).toString()).toBe('export const ok = 1;');
    // Same signature, other bytes: still caught, because small files are hashed on every request.
    file.bytes = Buffer.from('export const evil = 1;');
    const tampered = await verifier.open('k', storedFile(file), integrity);
    expect(tampered).toEqual({ ok: false, actual: sriIntegrity(file.bytes) });
  });

  it('hashes a large file once per signature, and again when the file changed on disk', async () => {
    const verifier = new IntegrityVerifier();
    const file = { bytes: Buffer.alloc(VERIFY_IN_MEMORY_BYTES + 1, 7), signature: 'v1', reads: 0 };
    const integrity = sriIntegrity(file.bytes);
    const first = await verifier.open('big', storedFile(file), integrity);
    expect(first.ok).toBe(true);
    if (first.ok) expect((await bodyOf(first.body)).equals(file.bytes)).toBe(true);
    expect(file.reads).toBe(2);
    await verifier.open('big', storedFile(file), integrity);
    expect(file.reads).toBe(3);
    file.bytes = Buffer.alloc(VERIFY_IN_MEMORY_BYTES + 1, 8);
    file.signature = 'v2';
    expect((await verifier.open('big', storedFile(file), integrity)).ok).toBe(false);
  });
});
