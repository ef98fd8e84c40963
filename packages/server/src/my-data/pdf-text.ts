/**
 * Tests only: the text layer of a PDF as a reader (or a screen reader, or a copy and paste) gets it, page by page and
 * line by line, through Mozilla's PDF.js. It proves that letters are really in the file as text, which pdf-lib, as
 * a writer, cannot tell.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's lines, top to bottom; the pieces of one line (same baseline) joined with a space between columns. */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; text: string }[]>();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = Math.round(item.transform[5] as number);
        const row = rows.get(y) ?? [];
        row.push({ x: item.transform[4] as number, text: item.str });
        rows.set(y, row);
      }
      pages.push(
        [...rows.entries()]
          .sort(([a], [b]) => b - a)
          .map(([, row]) =>
            row
              .sort((a, b) => a.x - b.x)
              .map((piece) => piece.text)
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim(),
          ),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
