import { describe, expect, it } from 'vitest';
import { serviceMetadataSchema } from './service.js';
import { controlMessage } from './text.js';

const base = {
  id: 'telc',
  issuer: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Town of Telč' }, ico: '00286711' },
  name: { cs: 'Telč', en: 'Telč' },
  description: { cs: 'Popis', en: 'Description' },
  category: 'municipality',
  support: { email: 'podpora@telc.eu', phone: '+420 567 112 411' },
};

describe('service metadata', () => {
  it('accepts what a municipality describes its service with', () => {
    const parsed = serviceMetadataSchema.safeParse({
      ...base,
      web: 'https://www.telc.eu',
      requiredLevel: 'high',
      logo: 'logo.svg',
      dataReads: ['identity', 'address'],
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses a web site that is not http(s), a logo outside the bundle root, unknown data', () => {
    const issues = (extra: object) =>
      serviceMetadataSchema.safeParse({ ...base, ...extra }).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ web: 'javascript:alert(1)' })).toEqual([
      'Web site must be an http(s) address, e.g. https://www.telc.eu',
    ]);
    expect(issues({ logo: '../secret.svg' })[0]).toMatch(/logo must be the name of an .svg or .png file/);
    expect(issues({ dataReads: ['passwords'] })[0]).toMatch(/dataReads may name only/);
  });

  it('keeps markup in texts as text (the shell never renders it as HTML)', () => {
    const parsed = serviceMetadataSchema.parse({
      ...base,
      description: { cs: '<script>alert(1)</script>', en: '<img src=x onerror=alert(1)>' },
    });
    expect(parsed.description.cs).toBe('<script>alert(1)</script>');
  });

  it('refuses control characters in every text of czp.service.json, naming the field', () => {
    const texts: [string, (text: string) => object][] = [
      ['name.cs', (text) => ({ name: { cs: text, en: 'Telč' } })],
      ['name.en', (text) => ({ name: { cs: 'Telč', en: text } })],
      ['description.cs', (text) => ({ description: { cs: text, en: 'Description' } })],
      ['description.en', (text) => ({ description: { cs: 'Popis', en: text } })],
      ['issuer.name.cs', (text) => ({ issuer: { ...base.issuer, name: { cs: text, en: 'Telč' } } })],
      ['region', (text) => ({ region: text })],
      ['web', (text) => ({ web: `https://www.telc.eu/${text}` })],
      ['support.email', (text) => ({ support: { ...base.support, email: `a${text}@telc.eu` } })],
    ];
    for (const [field, extra] of texts) {
      for (const bad of ['\u0000', '\u0007', '\u007f', '\u0085', '\uD800']) {
        const parsed = serviceMetadataSchema.safeParse({ ...base, ...extra(`x${bad}`) });
        expect(parsed.error?.issues[0]?.path.join('.'), `${field} ${JSON.stringify(bad)}`).toBe(field);
        expect(parsed.error?.issues[0]?.message).toBe(controlMessage(field));
      }
    }
  });

  it('counts invisible-only names as missing and cleans one-line names', () => {
    const parsed = serviceMetadataSchema.safeParse({ ...base, name: { cs: '\u200B\u200B', en: 'Telč' } });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['name', 'cs'], message: 'Czech text is required' });
    const cleaned = serviceMetadataSchema.parse({
      ...base,
      name: { cs: '\u202ETelč\r\nx', en: 'Telč' },
      description: { cs: 'řádek 1\r\nřádek 2', en: 'x' },
    });
    expect(cleaned.name.cs).toBe('Telč x');
    expect(cleaned.description.cs).toBe('řádek 1\nřádek 2');
  });
});

describe('declared submission types', () => {
  const declaration = {
    id: 'pes',
    name: { cs: 'Přihlášení psa', en: 'Registering a dog' },
    schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    attachments: { max: 2, maxBytes: 1_000_000, mediaTypes: ['application/pdf'] },
  };

  it('keeps the declared types with their schema (the server validates submissions against it)', () => {
    const parsed = serviceMetadataSchema.parse({ ...base, submissions: [declaration] });
    expect(parsed.submissions).toEqual([declaration]);
    expect(serviceMetadataSchema.parse(base).submissions).toBeUndefined();
  });

  it('refuses a malformed declaration naming the field', () => {
    const cases: [unknown, string][] = [
      [{ ...declaration, id: 'Pes!' }, 'submissions.0.id'],
      [{ ...declaration, name: { cs: 'Pes', en: '' } }, 'submissions.0.name.en'],
      [{ ...declaration, schema: 'object' }, 'submissions.0.schema'],
      [{ ...declaration, attachments: { ...declaration.attachments, max: 11 } }, 'submissions.0.attachments.max'],
      [
        { ...declaration, attachments: { ...declaration.attachments, maxBytes: 20 * 1024 * 1024 } },
        'submissions.0.attachments.maxBytes',
      ],
      [
        { ...declaration, attachments: { ...declaration.attachments, mediaTypes: ['pdf'] } },
        'submissions.0.attachments.mediaTypes.0',
      ],
    ];
    for (const [bad, field] of cases) {
      const parsed = serviceMetadataSchema.safeParse({ ...base, submissions: [bad] });
      expect(parsed.error?.issues[0]?.path.join('.'), field).toBe(field);
    }
  });

  it('refuses two types with one id', () => {
    const parsed = serviceMetadataSchema.safeParse({ ...base, submissions: [declaration, declaration] });
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['submissions'],
      message: 'Each submission type needs an id of its own: two have the same id',
    });
  });
});
