// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RegisterDataPanel } from '../content.js';
import { ButtonLink, CookieBar, ErrorState, Notice, SecondaryNav, ServiceDetail } from '../index.js';

/** The shell's composites render on the server (no window, no document), the same twice (stable ids). */
describe('portal composites on the server', () => {
  it('render with renderToString in Node', () => {
    expect(typeof window).toBe('undefined');
    const page = () => (
      <>
        <CookieBar
          label="Informace o cookies"
          text="Jen nezbytné cookies."
          linkLabel="Více o cookies"
          linkHref="/cookies"
          acceptLabel="Rozumím"
          onAccept={() => {}}
        />
        <SecondaryNav label="Moje služby" items={[{ href: '/services/telc', label: 'Telč', current: true }]} />
        <Notice kind="error" role="alert">
          Přihlášení bylo zrušeno.
        </Notice>
        <ErrorState title="Něco se pokazilo" text="Zkuste to znovu." retryLabel="Zkusit znovu" onRetry={() => {}} />
        <ServiceDetail
          name="Portál občana města Telč"
          description="Popis"
          issuer="Město Telč"
          ico="00286745"
          category="Obce a města"
          supportEmail="podpora@telc.cz"
          supportPhone="+420 567 112 411"
          level="značná"
          reads={[]}
          version="1.0.0"
          published="3. 11. 2026"
          publishedAt="2026-11-03"
          labels={{
            facts: 'O službě',
            issuer: 'Vydavatel',
            ico: 'IČO',
            category: 'Oblast',
            region: 'Kraj',
            web: 'Web',
            support: 'Podpora',
            level: 'Úroveň',
            reads: 'Údaje',
            readsNone: 'žádné',
            version: 'Verze',
            published: 'Zveřejněno',
          }}
          actions={<ButtonLink href="/services/telc">Otevřít službu</ButtonLink>}
        />
        <RegisterDataPanel
          title="Osobní údaje"
          sourceLabel="Zdroj"
          source="Základní registr obyvatel (ROB)"
          emptyText="neuvedeno"
          rows={[{ label: 'Jméno', value: 'Jan Novák' }]}
          complaint={{ label: 'Nahlásit chybné údaje', onClick: () => {} }}
        />
      </>
    );
    const html = renderToString(page());
    expect(html).toContain('aria-label="Informace o cookies"');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<time dateTime="2026-11-03">');
    expect(html).toMatch(/<a href="\/services\/telc"[^>]*class="element"/);
    expect(renderToString(page())).toBe(html);
  });
});
