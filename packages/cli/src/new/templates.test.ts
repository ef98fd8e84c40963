import { describe, expect, it } from 'vitest';
import { checkMetadata, metadataFrom } from './fields.js';
import { htmlText, markdownText, renderTemplates, tsString } from './templates.js';

const answers = {
  id: 'zavady',
  issuer: 'mesto-kutna-hora',
  issuerCs: 'Město Kutná Hora',
  issuerEn: 'Town of Kutná Hora',
  ico: '00236195',
  nameCs: 'Nahlásit závadu',
  nameEn: 'Report a fault',
  category: 'municipality',
  supportEmail: 'podatelna@mu.kutnahora.cz',
  supportPhone: '+420 327 710 111',
};

function metadata() {
  const checked = checkMetadata(metadataFrom(answers));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.metadata;
}

describe('template values', () => {
  it('makes TypeScript string literals that evaluate to the value', () => {
    for (const value of ['zavady', "it's", 'a "quote"', 'back\\slash', 'line\nbreak', 'Kutná Hora ‘x’']) {
      const literal = tsString(value);
      expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
      expect(new Function(`return ${literal};`)()).toBe(value);
    }
  });

  it('escapes HTML and Markdown', () => {
    expect(htmlText('<a href="x">Tom & Jerry\'s</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(markdownText('*bold* [link](x) `code` <tag> #1 a|b')).toBe(
      '\\*bold\\* \\[link\\]\\(x\\) \\`code\\` \\<tag\\> \\#1 a\\|b',
    );
  });
});

describe('renderTemplates', () => {
  it('lays the workspace’s or the standalone files over the common ones', () => {
    const inWorkspace = renderTemplates({ metadata: metadata(), platform: { kind: 'workspace', root: '/czp' } });
    const standalone = renderTemplates({ metadata: metadata(), platform: { kind: 'registry' } });
    expect([...standalone.keys()].filter((name) => !inWorkspace.has(name))).toEqual(['pnpm-workspace.yaml']);
    expect(JSON.parse(inWorkspace.get('tsconfig.json') ?? '')).toMatchObject({ extends: '../../tsconfig.base.json' });
    expect(JSON.parse(standalone.get('tsconfig.json') ?? '')).not.toHaveProperty('extends');
  });

  it('writes the metadata with JSON.stringify and fills every token', () => {
    const files = renderTemplates({ metadata: metadata(), platform: { kind: 'registry' } });
    expect(JSON.parse(files.get('czp.service.json') ?? '')).toEqual(metadata());
    for (const [name, text] of files) expect({ name, token: text.includes('__CZP_') }).toEqual({ name, token: false });
    expect(files.get('src/mocks/handlers.ts')).toContain("export const serviceId = 'zavady';");
    expect(files.get('README.md')).toContain('`/services/zavady`');
  });

  it('keeps every visible string of the app in both languages', () => {
    const files = renderTemplates({ metadata: metadata(), platform: { kind: 'registry' } });
    const messages = files.get('src/messages.ts') ?? '';
    const keys = (locale: string) => {
      const block = messages.split(`${locale}: {`)[1]?.split('\n  },')[0] ?? '';
      return [...block.matchAll(/^ {4}(\w+):/gm)].map((match) => match[1]);
    };
    expect(keys('cs').length).toBeGreaterThan(10);
    expect(keys('en')).toEqual(keys('cs'));
  });
});
