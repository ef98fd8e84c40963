/**
 * Why a number field's text is not accepted. A code, not words: each remote says it in its own
 * Czech and English (an amount, an age and a count of dogs need different sentences).
 */
export type WholeNumberError = 'required' | 'notWhole' | 'tooSmall' | 'tooLarge';

export interface WholeNumberOptions {
  /** The smallest accepted value; none by default (a whole number is never below 0). */
  min?: number;
  /** The largest accepted value; none by default. */
  max?: number;
  /** At most this many digits (a typing-error guard that also keeps the value exact); no limit by default. */
  maxDigits?: number;
  /**
   * Ignore white space between the digits, as Czech writes thousands ("12 000", also with a no-break space).
   * Off by default: then only white space around the number is ignored.
   */
  spaces?: boolean;
}

export type WholeNumberResult = { ok: true; value: number } | { ok: false; error: WholeNumberError };

const DIGITS = /^\d+$/;

/**
 * A whole number as a citizen types it into a text field (`inputMode="numeric"`), or the first problem with it:
 * empty, not digits only (a sign, a decimal point or comma, a letter, too many digits), below `min`, above `max`.
 */
export function parseWholeNumber(text: string, options: WholeNumberOptions = {}): WholeNumberResult {
  const { min, max, maxDigits, spaces = false } = options;
  const digits = spaces ? text.replace(/\s/g, '') : text.trim();
  if (digits === '') return { ok: false, error: 'required' };
  if (!DIGITS.test(digits) || (maxDigits !== undefined && digits.length > maxDigits)) {
    return { ok: false, error: 'notWhole' };
  }
  const value = Number(digits);
  if (min !== undefined && value < min) return { ok: false, error: 'tooSmall' };
  if (max !== undefined && value > max) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}
