import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedCzechFonts, FONT_DIR_VARIABLE, resolveFontFile } from './pdf-font.js';
import { pdfLines } from './pdf-text.js';

describe('the PDF font', () => {
  it('is found in the installed package, or in the folder the operator names', () => {
    const regular = resolveFontFile('regular', {});
    expect(basename(regular)).toBe('DejaVuSans.ttf');
    expect(existsSync(regular)).toBe(true);
    expect(existsSync(resolveFontFile('bold', {}))).toBe(true);
    expect(resolveFontFile('bold', { [FONT_DIR_VARIABLE]: '/opt/fonts' })).toBe('/opt/fonts/DejaVuSans-Bold.ttf');
    expect(dirname(resolveFontFile('regular', { [FONT_DIR_VARIABLE]: dirname(regular) }))).toBe(dirname(regular));
  });

  it('keeps every Czech letter as text, in a subset small enough to send', async () => {
    const pdf = await PDFDocument.create();
    const { regular, bold } = await embedCzechFonts(pdf);
    const page = pdf.addPage([300, 100]);
    const alphabet = 'áčďéěíňóřšťúůýž ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ';
    page.drawText(alphabet, { x: 10, y: 60, size: 10, font: regular });
    page.drawText('Příliš žluťoučký kůň', { x: 10, y: 30, size: 10, font: bold });
    const bytes = await pdf.save();
    expect(bytes.length).toBeLessThan(100_000);
    expect(await pdfLines(bytes)).toEqual([[alphabet, 'Příliš žluťoučký kůň']]);
  });
});
