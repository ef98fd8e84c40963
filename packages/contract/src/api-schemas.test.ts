import { describe, expect, it } from 'vitest';
import {
  activateBodySchema,
  auditQuerySchema,
  createTokenBodySchema,
  externalBodySchema,
  folderQuerySchema,
  messageFieldsSchema,
  notificationsSchema,
  publishFormSchema,
  remoteFailureSchema,
} from './api-schemas.js';
import { DATA_BOX_LIMITS } from './data-box.js';
import { controlMessage } from './text.js';

const messageOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('data box request schemas', () => {
  it('reads a folder query from text, with defaults, and refuses a page past the last', () => {
    expect(folderQuerySchema.parse({})).toEqual({ folder: 'inbox', page: 1 });
    expect(folderQuerySchema.parse({ folder: 'sent', page: '3', q: '  poplatek ' })).toEqual({
      folder: 'sent',
      page: 3,
      q: 'poplatek',
    });
    expect(messageOf(folderQuerySchema.safeParse({ page: String(DATA_BOX_LIMITS.maxPage + 1) }))).toBe(
      'There are not that many pages',
    );
  });

  it('says what to fix in a message form', () => {
    expect(messageOf(messageFieldsSchema.safeParse({ subject: 'Dotaz' }))).toBe('Choose a recipient');
    const long = { recipient: 'telc', subject: 'x'.repeat(DATA_BOX_LIMITS.subjectLength + 1) };
    expect(messageOf(messageFieldsSchema.safeParse(long))).toBe('The subject can have at most 255 characters');
    expect(messageFieldsSchema.parse({ recipient: 'telc', subject: 'Dotaz' }).body).toBe('');
  });

  it('stores a phone number in one form and keeps the portal channel first and always on', () => {
    expect(notificationsSchema.parse({ phone: '601-123-456', channels: ['sms'] })).toEqual({
      email: null,
      phone: '+420 601 123 456',
      channels: ['portal', 'sms'],
    });
    expect(messageOf(notificationsSchema.safeParse({ channels: ['email'] }))).toBe(
      'Enter an e-mail address to get notices by e-mail',
    );
  });
});

describe('publishing API request schemas', () => {
  it('names a missing field together with what to send', () => {
    expect(messageOf(activateBodySchema.safeParse({}))).toBe(
      'version is required: the published version to activate, e.g. 1.0.0',
    );
    expect(messageOf(externalBodySchema.safeParse({ version: '1.2.0', metadata: {}, baseUrl: 'https://a.cz/x' }))).toBe(
      'baseUrl must end with "/": it is the folder mf-manifest.json and remoteEntry.js are in',
    );
  });

  it('activates by default and lists 50 audit entries unless told otherwise', () => {
    const external = externalBodySchema.parse({ version: '1.2.0', metadata: {}, baseUrl: 'https://a.cz/x/' });
    expect(external.activate).toBe(true);
    expect(auditQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(messageOf(auditQuerySchema.safeParse({ limit: '501' }))).toBe('limit must be between 1 and 500');
  });
});

/** The class of text the one rule refuses: NUL, other C0, DEL, C1 and a broken surrogate. */
const CONTROL_TEXTS = ['a\u0000b', 'x\u0007y', 'x\u001b[31m', 'x\u007f', 'x\u0085', 'x\uD800'];
const INVISIBLE_TEXTS = ['\u200B\u200B\u200B', ' \u200C\u2060\uFEFF '];

describe('the one text rule in every request schema', () => {
  const issueOf = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => {
    const issue = result.error?.issues[0];
    return issue && { field: issue.path.join('.'), message: issue.message };
  };
  const places = [
    { field: 'subject', parse: (v: string) => messageFieldsSchema.safeParse({ recipient: 'telc', subject: v }) },
    { field: 'recipient', parse: (v: string) => messageFieldsSchema.safeParse({ recipient: v, subject: 'Dotaz' }) },
    {
      field: 'body',
      parse: (v: string) => messageFieldsSchema.safeParse({ recipient: 'telc', subject: 'Dotaz', body: v }),
    },
    { field: 'q', parse: (v: string) => folderQuerySchema.safeParse({ q: v }) },
    {
      field: 'message',
      parse: (v: string) =>
        remoteFailureSchema.safeParse({ serviceId: 'telc', reason: 'load-failed', message: v, page: '/' }),
    },
    { field: 'name', parse: (v: string) => createTokenBodySchema.safeParse({ name: v }) },
  ];

  it('refuses control characters and broken surrogates naming the field', () => {
    for (const { field, parse } of places) {
      for (const text of CONTROL_TEXTS) {
        expect(issueOf(parse(text)), `${field} ${JSON.stringify(text)}`).toEqual({
          field,
          message: controlMessage(field),
        });
      }
    }
  });

  it('counts only invisible characters as empty: a required field says what to write', () => {
    for (const text of INVISIBLE_TEXTS) {
      expect(issueOf(messageFieldsSchema.safeParse({ recipient: 'telc', subject: text }))).toEqual({
        field: 'subject',
        message: 'Write a subject',
      });
      expect(issueOf(messageFieldsSchema.safeParse({ recipient: text, subject: 'Dotaz' }))?.message).toBe(
        'Choose a recipient',
      );
      expect(issueOf(createTokenBodySchema.safeParse({ name: text }))?.message).toMatch(/name must not be empty/);
      expect(folderQuerySchema.parse({ q: text }).q).toBe('');
    }
  });

  it('neutralises directional overrides and line breaks in one-line text, keeps lines in a body', () => {
    const parsed = messageFieldsSchema.parse({
      recipient: ' telc ',
      subject: '\u202Efdp.exe\r\nBcc: x',
      body: 'a\r\nb',
    });
    expect(parsed).toMatchObject({ recipient: 'telc', subject: 'fdp.exe Bcc: x', body: 'a\nb' });
  });

  it('refuses control characters in formatted values too (page, version, baseUrl)', () => {
    expect(
      issueOf(
        remoteFailureSchema.safeParse({ serviceId: 'telc', reason: 'load-failed', message: '', page: '/\u0000' }),
      ),
    ).toEqual({ field: 'page', message: controlMessage('page') });
    expect(
      issueOf(externalBodySchema.safeParse({ version: '1.0.0', metadata: {}, baseUrl: 'https://a/\u0000/' })),
    ).toEqual({ field: 'baseUrl', message: controlMessage('baseUrl') });
    expect(issueOf(publishFormSchema.safeParse({ version: '1.0.0\u0000', metadata: '{}' }))?.field).toBe('version');
  });
});
