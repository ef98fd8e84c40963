import { describe, expect, it } from 'vitest';
import { serviceMetadataSchema } from './service.js';

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
});
