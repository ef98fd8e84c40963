import { describe, expect, it } from 'vitest';
import {
  activateBodySchema,
  auditQuerySchema,
  externalBodySchema,
  folderQuerySchema,
  messageFieldsSchema,
  notificationsSchema,
} from './api-schemas.js';
import { DATA_BOX_LIMITS } from './data-box.js';

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
