/** A content coding the server has a body in, beside the body as it is. */
export type ContentCoding = 'br' | 'gzip';

/**
 * The coding of `available` (in the server's order of preference) the request's Accept-Encoding takes, or null for
 * the body as it is. A coding the header gives q=0 is refused; `*` stands for every coding the header does not name.
 */
export function acceptedCoding(
  header: string | string[] | undefined,
  available: readonly ContentCoding[],
): ContentCoding | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  const quality = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const parsed = q ? Number(q.slice(2)) : 1;
    quality.set(coding, Number.isFinite(parsed) ? parsed : 0);
  }
  const wildcard = quality.get('*');
  let best: ContentCoding | null = null;
  let bestQuality = 0;
  for (const coding of available) {
    const q = quality.get(coding) ?? wildcard ?? 0;
    if (q > bestQuality) {
      best = coding;
      bestQuality = q;
    }
  }
  return best;
}
