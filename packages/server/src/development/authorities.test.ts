import type { AuthorityBox, Locale } from '@czp/contract';
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

async function answer(citizenName: string, locale: Locale = 'cs', now = new Date('2026-03-01T10:00:00Z')) {
  const [, responder] = developmentAuthorities.respondersOf(justice);
  const reply = await responder?.reply(
    { subject: 'Žádost o výpis z rejstříku trestů', citizenName, locale },
    justice,
    now,
  );
  if (!reply) throw new Error('no reply');
  return reply;
}

async function extract(citizenName: string) {
  const attachment = (await answer(citizenName)).attachments?.[0];
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
    expect(text).toContain('Datum vydání / Date of issue: 1. března 2026 / 1 March 2026');
  });

  it('answers only a request for an extract', async () => {
    const [, responder] = developmentAuthorities.respondersOf(justice);
    const question = { subject: 'Dotaz', citizenName: 'Jan Novák', locale: 'cs' as const };
    expect(await responder?.reply(question, justice, new Date())).toBeNull();
  });

  it('writes its message in the citizen’s language alone, with the day as that language writes it (in Prague)', async () => {
    // 23:30 UTC on 1 December is 2 December in Prague.
    const late = new Date('2026-12-01T23:30:00Z');
    const czech = await answer('Jan Novák', 'cs', late);
    expect(czech.subject).toBe('Výpis z rejstříku trestů');
    expect(czech.body).toContain('ze dne 2. prosince 2026');
    expect(czech.body).not.toMatch(/extract|Attached|2026-12/i);
    const english = await answer('Jan Novák', 'en', late);
    expect(english.subject).toBe('Criminal record extract');
    expect(english.body).toContain('of 2 December 2026');
    expect(english.body).not.toMatch(/výpis|zasíláme|2026-12/i);
    expect(english.attachments?.[0]?.name).toBe('vypis-z-rejstriku-trestu.pdf');
  });
});
