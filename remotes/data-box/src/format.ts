import { DATA_BOX_LIMITS as LIMITS } from '@czp/contract';

/** Sizes as the portal shows them: binary units (the quota of 524 288 000 B is "500 MB"), at most 2 decimals. */

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

export function formatSize(bytes: number, formatNumber: FormatNumber): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 2 })}\u00a0${UNITS[unit]}`;
}

/** Share of the quota used, as a fraction for `style: 'percent'` (one decimal). */
export function usedShare(usedBytes: number, quotaBytes: number): number {
  return quotaBytes > 0 ? Math.min(1, usedBytes / quotaBytes) : 0;
}

export type FileProblem = 'tooMany' | 'tooLarge' | 'totalTooLarge';

/** Client-side pre-check; the server checks again by content. */
export function checkFiles(files: readonly File[]): { problem: FileProblem; name?: string } | null {
  if (files.length > LIMITS.files) return { problem: 'tooMany' };
  const large = files.find((file) => file.size > LIMITS.fileBytes);
  if (large) return { problem: 'tooLarge', name: large.name };
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > LIMITS.messageBytes) return { problem: 'totalTooLarge' };
  return null;
}
