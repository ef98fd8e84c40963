import type { AuthorityBox } from '@czp/contract';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { JUSTICE_BOX_ID } from '../data-box/authorities.js';
import { pdfLines } from '../my-data/pdf-text.js';
import { developmentAuthorities } from './authorities.js';

const justice: AuthorityBox = {
  id: JUSTICE_BOX_ID,
  kind: 'ministry',
  name: { cs: 'Ministerstvo spravedlnosti', en: 'Ministry of Justice' },
};

async function extract(citizenName: string) {
  const [, responder] = developmentAuthorities.respondersOf(justice);
  const reply = await responder?.reply(
    { subject: 'Žádost o výpis z rejstříku trestů', citizenName },
    justice,
    new Date('2026-03-01T10:00:00Z'),
  );
  const attachment = reply?.attachments?.[0];
  if (!attachment) throw new Error('no extract was attached');
  return attachment.content;
}

describe('the criminal record extract (development stand-in)', () => {
  it('keeps every Czech letter in its text, the name included', async () => {
    const pdf = await extract('Petr Dvořák');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const text = (await pdfLines(pdf)).flat().join('\n');
    expect(text).toContain('Výpis z evidence Rejstříku trestů');
    expect(text).toContain('Jméno / Name: Petr Dvořák');
    expect(text).toContain('Tento dokument vytvořilo vývojové prostředí Portálu občana a nemá žádnou právní platnost.');
    expect(text).toContain('Datum vydání / Date of issue: 2026-03-01');
  });

  it('answers only a request for an extract', async () => {
    const [, responder] = developmentAuthorities.respondersOf(justice);
    expect(await responder?.reply({ subject: 'Dotaz', citizenName: 'Jan Novák' }, justice, new Date())).toBeNull();
  });
});
