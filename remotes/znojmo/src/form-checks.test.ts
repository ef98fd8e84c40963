import { describe, expect, it } from 'vitest';
import { checkAttachments, checkField, DOCUMENT_ATTACHMENTS, fieldOfPointer, isIsoDate } from './form-checks.js';

describe('field checks', () => {
  it('trims text, leaves an empty optional field out and names the problem of a bad one', () => {
    const rule = { kind: 'text', required: true, minLength: 3, maxLength: 5 } as const;
    expect(checkField(rule, '  abcd ')).toEqual({ ok: true, value: 'abcd' });
    expect(checkField(rule, '   ')).toEqual({ ok: false, error: 'required' });
    expect(checkField({ ...rule, required: false }, '')).toEqual({ ok: true, value: undefined });
    expect(checkField(rule, 'ab')).toEqual({ ok: false, error: 'tooShort' });
    expect(checkField(rule, 'abcdef')).toEqual({ ok: false, error: 'tooLong' });
    // Characters as the schema counts them: "😀" is one, not two.
    expect(checkField(rule, '😀😀😀😀😀')).toEqual({ ok: true, value: '😀😀😀😀😀' });
    expect(checkField({ ...rule, pattern: '^[0-9]+$' }, '12a')).toEqual({ ok: false, error: 'pattern' });
  });

  it('takes calendar days only, whole numbers in range, and the listed choices', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-1-5')).toBe(false);
    const integer = { kind: 'integer', required: true, minimum: 1, maximum: 500 } as const;
    expect(checkField(integer, ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(checkField(integer, '0')).toEqual({ ok: false, error: 'tooSmall' });
    expect(checkField(integer, '1,5')).toEqual({ ok: false, error: 'whole' });
    expect(checkField({ kind: 'choice', required: true, options: ['a'] }, 'b')).toEqual({ ok: false, error: 'choice' });
  });

  it('reads the field out of the JSON pointer the portal names', () => {
    expect(fieldOfPointer('/location')).toBe('location');
    expect(fieldOfPointer('/dogs/0/chip')).toBe('dogs.0.chip');
    expect(fieldOfPointer('/a~1b')).toBe('a/b');
    expect(fieldOfPointer('/')).toBeNull();
    expect(fieldOfPointer('data')).toBeNull();
    expect(fieldOfPointer(undefined)).toBeNull();
  });

  it('checks the files against what the type allows', () => {
    const pdf = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' });
    expect(checkAttachments(DOCUMENT_ATTACHMENTS, [pdf])).toBeNull();
    expect(checkAttachments(DOCUMENT_ATTACHMENTS, [pdf, pdf, pdf, pdf])).toBe('tooMany');
    expect(checkAttachments(DOCUMENT_ATTACHMENTS, [new File(['x'], 'a.docx', { type: 'application/msword' })])).toBe(
      'fileType',
    );
    const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    expect(checkAttachments(DOCUMENT_ATTACHMENTS, [big])).toBe('tooLarge');
  });
});
