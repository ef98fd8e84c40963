import { describe, expect, it } from 'vitest';
import { checkFiles, fieldOfPointer, refusalOf } from './submission.js';

const FIELDS = { '/child': 'childName', '/child/birthDate': 'birthDate', '/contact/email': 'email' } as const;
const refused = (status: number, error: string, field?: string) => ({
  ok: false as const,
  status,
  error,
  message: 'x',
  ...(field === undefined ? {} : { field }),
});

describe('the portal’s refusals of a submission', () => {
  it('finds the field of a JSON pointer, or of its nearest parent the form knows', () => {
    expect(fieldOfPointer('/child/birthDate', FIELDS)).toBe('birthDate');
    expect(fieldOfPointer('/child/givenName', FIELDS)).toBe('childName');
    expect(fieldOfPointer('/child', FIELDS)).toBe('childName');
    expect(fieldOfPointer('/childhood', FIELDS)).toBeNull();
    expect(fieldOfPointer('/', FIELDS)).toBeNull();
  });

  it('sorts a refusal into a field, the files or the form', () => {
    expect(refusalOf(refused(400, 'validation', '/contact/email'), FIELDS)).toEqual({ kind: 'field', field: 'email' });
    expect(refusalOf(refused(413, 'attachment-too-large', 'attachments'), FIELDS)).toEqual({
      kind: 'attachments',
      error: 'attachment-too-large',
    });
    // A pointer the form does not know, or a refusal about the login, is the form's.
    expect(refusalOf(refused(400, 'validation', '/'), FIELDS)).toEqual({ kind: 'general', problem: 'failed' });
    expect(refusalOf(refused(403, 'no-data-box'), FIELDS)).toEqual({ kind: 'general', problem: 'no-data-box' });
    expect(refusalOf(refused(0, 'network'), FIELDS)).toEqual({ kind: 'general', problem: 'network' });
    expect(refusalOf(refused(500, 'internal'), FIELDS)).toEqual({ kind: 'general', problem: 'failed' });
  });

  it('checks the chosen files by the declared rules', () => {
    const rules = { max: 2, maxBytes: 10, mediaTypes: ['application/pdf'] };
    const pdf = (bytes: number) => new File(['x'.repeat(bytes)], 'a.pdf', { type: 'application/pdf' });
    expect(checkFiles(rules, [pdf(10), pdf(1)])).toBeNull();
    expect(checkFiles(rules, [pdf(1), pdf(1), pdf(1)])).toBe('tooMany');
    expect(checkFiles(rules, [pdf(11)])).toBe('tooLarge');
    expect(checkFiles(rules, [new File(['x'], 'a.txt', { type: 'text/plain' })])).toBe('fileType');
  });
});
