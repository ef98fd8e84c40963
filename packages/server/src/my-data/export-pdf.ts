/**
 * The access log as a PDF in the layout of the statutory statement (the yearly "výpis o využití údajů"): title, the
 * person, the period and the date of issue, then a table (time, who, register / agenda, items, purpose) that breaks
 * across pages with its heading repeated, and "page n of m" on every page. Text is real text in an embedded font
 * with every Czech letter, so it can be searched, copied and read aloud.
 */
import { ACCESS_LOG_LIMITS, type Locale, REGISTER_INFO, type RegisterId } from '@czp/contract';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { LoggedRead } from './access-log.js';
import { formatDay, pragueDate } from './dates.js';
import { type ExportRow, exportRow } from './export-rows.js';
import { embedCzechFonts } from './pdf-font.js';
import { EXPORT_TEXTS, OUTCOME_LABELS, TABLE_LABELS } from './texts.js';

export interface StatementInput {
  reads: readonly LoggedRead[];
  locale: Locale;
  personName: string;
  /** The filters as given (days YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
  register?: RegisterId | undefined;
  reader?: string | undefined;
  unavailable: readonly RegisterId[];
  issuedAt: Date;
}

const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const;
const TABLE = { size: 8, leading: 10, padding: 3 } as const;
const COLUMNS = [
  { key: 'time', width: 86 },
  { key: 'reader', width: 118 },
  { key: 'register', width: 104 },
  { key: 'items', width: 100 },
  { key: 'purpose', width: PAGE.width - 2 * PAGE.margin - 86 - 118 - 104 - 100 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);
const HEADING_FILL = rgb(0.92, 0.94, 0.97);

/** Lines of at most `width` points; a word longer than a line is broken between its letters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** The cells of one read in the table: the agenda under the register, the outcome under the purpose when not plain. */
function cells(row: ExportRow, provided: string): Record<ColumnKey, string> {
  return {
    time: row.time,
    reader: `${row.reader}\n${row.readerKind}`,
    register: `${row.register}\n${row.agenda}`,
    items: row.items,
    purpose: row.outcome === provided ? row.purpose : `${row.purpose}\n${row.outcome}`,
  };
}

export async function accessLogPdf(input: StatementInput): Promise<Buffer> {
  const { locale } = input;
  const t = (text: { cs: string; en: string }) => text[locale];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t(EXPORT_TEXTS.title)} – ${input.personName}`);
  pdf.setLanguage(locale === 'cs' ? 'cs-CZ' : 'en-GB');
  pdf.setProducer(t(EXPORT_TEXTS.footer));
  pdf.setCreator(t(EXPORT_TEXTS.footer));
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);
  const fonts = await embedCzechFonts(pdf);
  const contentWidth = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.margin + 24;

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const text = (value: string, x: number, size: number, font: PDFFont, color = rgb(0, 0, 0)) =>
    page.drawText(value, { x, y, size, font, color });
  const paragraph = (value: string, size: number, font: PDFFont, color = rgb(0, 0, 0), gap = 4) => {
    for (const line of wrap(value, font, size, contentWidth)) {
      y -= size + 2;
      text(line, PAGE.margin, size, font, color);
    }
    y -= gap;
  };

  // The heading of the statement.
  paragraph(t(EXPORT_TEXTS.title), 18, fonts.bold, rgb(0, 0, 0), 6);
  paragraph(t(EXPORT_TEXTS.subtitle), 9, fonts.regular, GREY, 12);
  const today = pragueDate(input.issuedAt);
  const earliest = pragueDate(new Date(input.issuedAt.getTime() - ACCESS_LOG_LIMITS.keepDays * 86_400_000));
  const facts: [string, string][] = [
    [t(EXPORT_TEXTS.person), input.personName],
    [t(EXPORT_TEXTS.period), `${formatDay(input.from ?? earliest, locale)} – ${formatDay(input.to ?? today, locale)}`],
    [t(EXPORT_TEXTS.issued), formatDay(today, locale)],
  ];
  if (input.register) facts.push([t(EXPORT_TEXTS.register), REGISTER_INFO[input.register].name[locale]]);
  if (input.reader) facts.push([t(EXPORT_TEXTS.reader), input.reader]);
  facts.push([t(EXPORT_TEXTS.count), String(input.reads.length)]);
  for (const [label, value] of facts) paragraph(`${label}: ${value}`, 10, fonts.regular, rgb(0, 0, 0), 2);
  y -= 6;
  if (input.unavailable.length > 0) {
    const names = input.unavailable.map((register) => REGISTER_INFO[register].name[locale]).join(', ');
    paragraph(`${t(EXPORT_TEXTS.unavailable)} ${names}`, 9, fonts.regular, rgb(0.7, 0.1, 0.1), 8);
  }

  const rowHeight = (lines: number) => lines * TABLE.leading + 2 * TABLE.padding;
  const drawRow = (values: Record<ColumnKey, string[]>, font: PDFFont, fill?: ReturnType<typeof rgb>) => {
    const height = rowHeight(Math.max(...COLUMNS.map((column) => values[column.key].length)));
    if (fill) {
      page.drawRectangle({ x: PAGE.margin, y: y - height, width: contentWidth, height, color: fill });
    }
    let x = PAGE.margin;
    for (const column of COLUMNS) {
      values[column.key].forEach((line, index) => {
        page.drawText(line, {
          x: x + TABLE.padding,
          y: y - TABLE.padding - TABLE.size - index * TABLE.leading + 1,
          size: TABLE.size,
          font,
        });
      });
      x += column.width;
    }
    y -= height;
    page.drawLine({
      start: { x: PAGE.margin, y },
      end: { x: PAGE.margin + contentWidth, y },
      thickness: 0.5,
      color: RULE,
    });
  };
  const split = (values: Record<ColumnKey, string>, font: PDFFont) =>
    Object.fromEntries(
      COLUMNS.map((column) => [
        column.key,
        wrap(values[column.key], font, TABLE.size, column.width - 2 * TABLE.padding),
      ]),
    ) as Record<ColumnKey, string[]>;
  const heading = split(
    Object.fromEntries(COLUMNS.map((column) => [column.key, t(TABLE_LABELS[column.key])])) as Record<ColumnKey, string>,
    fonts.bold,
  );
  const headingHeight = rowHeight(Math.max(...COLUMNS.map((column) => heading[column.key].length)));

  if (input.reads.length === 0) {
    paragraph(t(EXPORT_TEXTS.none), 10, fonts.regular);
  } else {
    drawRow(heading, fonts.bold, HEADING_FILL);
    const provided = t(OUTCOME_LABELS.ok);
    for (const read of input.reads) {
      const values = split(cells(exportRow(read, locale), provided), fonts.regular);
      const height = rowHeight(Math.max(...COLUMNS.map((column) => values[column.key].length)));
      if (y - height < bottom) {
        // A row never splits: a new page, with the table's heading again.
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
        if (y - headingHeight - height >= bottom) drawRow(heading, fonts.bold, HEADING_FILL);
      }
      drawRow(values, fonts.regular);
    }
  }

  // "Page n of m" once the number of pages is known.
  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    const footer = `${t(EXPORT_TEXTS.footer)} · ${t(EXPORT_TEXTS.title)} · ${t(EXPORT_TEXTS.page)} ${index + 1} ${t(EXPORT_TEXTS.of)} ${pages.length}`;
    each.drawText(footer, { x: PAGE.margin, y: PAGE.margin, size: 8, font: fonts.regular, color: GREY });
  });
  return Buffer.from(await pdf.save());
}
