// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttachmentList, AttachmentPicker, MessageList, MessageView, StorageMeter } from '../content.js';

/** The data box composites render on the server (no window, no document), with stable ids. */
describe('data box composites on the server', () => {
  it('render with renderToString in Node', () => {
    expect(typeof window).toBe('undefined');
    const page = () => (
      <>
        <MessageList
          label="Zprávy"
          partyLabel="Odesílatel"
          unreadLabel="nepřečtená"
          emptyText="Žádné zprávy"
          items={[
            {
              id: 'a',
              href: '/m/a',
              party: 'Město Telč',
              subject: 'Rozhodnutí',
              date: '20. 11. 2026',
              dateTime: '2026-11-20T09:30:00.000Z',
              unread: true,
            },
          ]}
        />
        <MessageView
          subject="Rozhodnutí"
          fromLabel="Od"
          from="Město Telč"
          toLabel="Komu"
          to="Jan Novák"
          dateLabel="Datum"
          date="20. listopadu 2026"
          dateTime="2026-11-20T09:30:00.000Z"
          bodyLabel="Text zprávy"
          body={'Dobrý den,\n<b>x</b>'}
          attachments={
            <AttachmentList
              title="Přílohy"
              emptyText="Bez příloh"
              items={[{ name: 'a.pdf', href: '/a', size: '1 kB' }]}
            />
          }
        />
        <AttachmentPicker
          label="Přílohy"
          chooseLabel="Vybrat soubory"
          files={[{ key: '1', name: 'a.pdf', size: '1 kB' }]}
          filesLabel="Vybrané soubory"
          removeLabel="Odebrat"
          error="Chyba"
          onChoose={() => {}}
          onRemove={() => {}}
        />
        <StorageMeter label="Úložiště" text="Využito 95 %" value={95} max={100} warningText="Téměř plná" />
      </>
    );
    const html = renderToString(page());
    expect(html).toContain('dateTime="2026-11-20T09:30:00.000Z"');
    expect(html).toContain('Dobrý den,\n&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('download="a.pdf"');
    expect(html).toContain('type="file"');
    expect(html).toContain('<meter');
    expect(html).toContain('Téměř plná');
    expect(renderToString(page())).toBe(html);
  });
});
