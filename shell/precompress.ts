import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|html)$/;

/**
 * Writes `.br` and `.gz` beside every text asset of the client build, at the highest quality, so
 * the server sends them as they are (`preCompressed`) instead of compressing on every request.
 */
export function precompress(dir: string): Plugin {
  return {
    name: 'czp-precompress',
    apply: 'build',
    async closeBundle() {
      for (const name of await readdir(dir)) {
        if (!COMPRESSIBLE.test(name)) continue;
        const file = join(dir, name);
        const body = await readFile(file);
        await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}
