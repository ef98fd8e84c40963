/**
 * A font with every Czech letter for the PDFs the portal makes (the statement of the use of data, the development
 * stand-in of the criminal record extract). The standard PDF fonts encode WinAnsi only, which has no ř, ů, ě or č:
 * DejaVu Sans (the npm package dejavu-fonts-ttf) is embedded instead, subset to the glyphs a document uses.
 *
 * The font files stay in node_modules: the server's vite build bundles only workspace packages, so the built
 * dist/start.js resolves the package at run time from its own folder, as the sources do (see `resolveFontFile`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;
type FontWeight = keyof typeof FONT_FILES;

/** Set it to a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf where node_modules is not deployed with the server. */
export const FONT_DIR_VARIABLE = 'CZP_PDF_FONT_DIR';

/**
 * Where a font file is: CZP_PDF_FONT_DIR when set, else the package resolved from this module (the sources, or the
 * built dist/ next to the server's node_modules), else from the working directory (a server started from the repo
 * or its package folder by another entry point).
 */
export function resolveFontFile(weight: FontWeight, env: NodeJS.ProcessEnv = process.env): string {
  const file = FONT_FILES[weight];
  const dir = env[FONT_DIR_VARIABLE];
  if (dir) return join(dir, file.slice(file.lastIndexOf('/') + 1));
  const bases = [
    import.meta.url,
    join(process.cwd(), 'package.json'),
    join(process.cwd(), 'packages/server/package.json'),
  ];
  for (const base of bases) {
    try {
      const require = createRequire(base);
      // Literal specifiers: where the package is used is visible to the tools that check dependencies.
      return weight === 'bold'
        ? require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')
        : require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    } catch {
      // Not reachable from this base; try the next.
    }
  }
  throw new Error(
    `The PDF font ${file} cannot be found: install the server's dependencies, or set ${FONT_DIR_VARIABLE} to a folder with it`,
  );
}

const loaded = new Map<FontWeight, Promise<Uint8Array>>();

/** The bytes of a font file, read once per process. */
function fontBytes(weight: FontWeight): Promise<Uint8Array> {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFile(resolveFontFile(weight)).then((buffer) => new Uint8Array(buffer));
    // A failed read is tried again next time rather than remembered.
    bytes.catch(() => loaded.delete(weight));
    loaded.set(weight, bytes);
  }
  return bytes;
}

export interface CzechFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Embeds the regular and bold fonts into a document (subset: only the glyphs drawn end up in the file). */
export async function embedCzechFonts(pdf: PDFDocument): Promise<CzechFonts> {
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([fontBytes('regular'), fontBytes('bold')]);
  return {
    regular: await pdf.embedFont(regular, { subset: true }),
    bold: await pdf.embedFont(bold, { subset: true }),
  };
}
