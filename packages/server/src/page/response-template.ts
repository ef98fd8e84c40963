import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';

/** What differs between two responses of the same cached page: never stored, never shared. */
export interface PerResponse {
  /** The response's CSP nonce (helmet's `reply.cspNonce.script`). */
  scriptNonce: string;
  /** The response's CSP nonce for styles (`reply.cspNonce.style`). */
  styleNonce: string;
  /** The CSRF token of this browser and session. */
  csrfToken: string;
}

const NAMES = ['scriptNonce', 'styleNonce', 'csrfToken'] as const satisfies readonly (keyof PerResponse)[];

/**
 * Stand-ins the page is rendered with instead of the per-response values, random per process so no text of a
 * catalogue can contain one by chance. Letters and digits only: HTML attributes, text and JSON carry them unchanged,
 * exactly as they carry the real values (see `substitutable`).
 */
export const PLACEHOLDERS: PerResponse = {
  scriptNonce: `czpScriptNonce${randomBytes(12).toString('hex')}`,
  styleNonce: `czpStyleNonce${randomBytes(12).toString('hex')}`,
  csrfToken: `czpCsrfToken${randomBytes(12).toString('hex')}`,
};

/** Values that HTML escaping and JSON leave as they are (hex nonces, base64url CSRF tokens). */
const VERBATIM = /^[A-Za-z0-9_-]{1,1024}$/;

/** Whether a response's values can go into a template: else the page is rendered for it alone. */
export function substitutable(values: PerResponse): boolean {
  return NAMES.every((name) => VERBATIM.test(values[name]));
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored deflate block with BFINAL set: the end of the stream. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** Bytes as one stored (uncompressed) deflate block, not final. A block holds at most 65,535 bytes. */
function storedBlock(bytes: Buffer): Buffer {
  const length = bytes.length;
  const header = Buffer.from([0x00, length & 0xff, length >>> 8, ~length & 0xff, (~length >>> 8) & 0xff]);
  return Buffer.concat([header, bytes]);
}

/**
 * A rendered page with holes for the per-response values, compressed once. The text between the holes is deflated
 * when the template is made, each piece a deflate stream of its own ended by a sync flush (byte-aligned, no
 * reference to anything before it), so a response is the gzip header, those pieces with the values between them as
 * stored blocks, a final empty block and the trailer: a valid gzip body for a few microseconds of work, and the
 * compression a browser sees is level 9's.
 */
export class ResponseTemplate {
  /** The text around the holes: `pieces.length === holes.length + 1`. */
  private readonly pieces: Buffer[];
  private readonly holes: (keyof PerResponse)[];
  private readonly deflated: Buffer[];

  constructor(
    text: string,
    readonly status: number | undefined,
  ) {
    const pieces: string[] = [];
    const holes: (keyof PerResponse)[] = [];
    const pattern = new RegExp(NAMES.map((name) => PLACEHOLDERS[name]).join('|'), 'g');
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      pieces.push(text.slice(from, match.index));
      holes.push(NAMES.find((name) => PLACEHOLDERS[name] === match[0]) as keyof PerResponse);
      from = match.index + match[0].length;
    }
    pieces.push(text.slice(from));
    this.pieces = pieces.map((piece) => Buffer.from(piece, 'utf8'));
    this.holes = holes;
    this.deflated = this.pieces.map((piece) =>
      deflateRawSync(piece, { level: 9, memLevel: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH }),
    );
  }

  /** How many bytes the template keeps (its share of the page cache's budget). */
  get bytes(): number {
    return [...this.pieces, ...this.deflated].reduce((sum, piece) => sum + piece.length, 0);
  }

  /** The page for one response, as it is. */
  text(values: PerResponse): Buffer {
    return Buffer.concat(this.interleave(this.pieces, (value) => value, values));
  }

  /** The page for one response, gzip-encoded. */
  gzip(values: PerResponse): Buffer {
    const parts = this.interleave(this.deflated, storedBlock, values);
    // The trailer's CRC-32 and size are of the page as it is: the pieces with the values between them, in order.
    let crc = 0;
    let size = 0;
    for (const part of this.interleave(this.pieces, (value) => value, values)) {
      crc = crc32(part, crc);
      size += part.length;
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size >>> 0, 4);
    return Buffer.concat([GZIP_HEADER, ...parts, FINAL_BLOCK, trailer]);
  }

  private interleave(pieces: Buffer[], encodeValue: (value: Buffer) => Buffer, values: PerResponse): Buffer[] {
    const parts: Buffer[] = [];
    for (let i = 0; i < pieces.length; i++) {
      parts.push(pieces[i] as Buffer);
      const hole = this.holes[i];
      if (hole) parts.push(encodeValue(Buffer.from(values[hole], 'utf8')));
    }
    return parts;
  }
}
