// node bench/design-system.mjs: the design system's size as the portal shares it. Each entry point
// (@czp/design-system, /forms, /content) is one Module Federation shared module: the shell provides
// it whole (a share scope cannot tree-shake), so the figure is the entry built alone, with React
// external, minified, gzip level 9. The stylesheet is the one the shell loads once for every page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const ENTRIES = {
  '@czp/design-system': 'design-system/src/index.ts',
  '@czp/design-system/forms': 'design-system/src/forms.ts',
  '@czp/design-system/content': 'design-system/src/content.ts',
};

console.log('Design system as shared by the portal (minified JS, React external)');
let total = 0;
for (const [name, entry] of Object.entries(ENTRIES)) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(root, entry), formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  const size = gz(Buffer.from(code));
  total += size;
  console.log(`  ${name.padEnd(28)} ${kb(Buffer.byteLength(code)).padStart(9)}  ${kb(size).padStart(8)} gzip`);
}
console.log(`  ${'all three'.padEnd(28)} ${''.padStart(9)}  ${kb(total).padStart(8)} gzip`);

const staticDir = join(root, 'shell/dist/client/static');
const css = readdirSync(staticDir).filter((f) => f.endsWith('.css'));
for (const file of css) {
  const bytes = readFileSync(join(staticDir, file));
  console.log(
    `  stylesheet ${file.padEnd(28)} ${kb(bytes.length).padStart(9)}  ${kb(gz(bytes)).padStart(8)} gzip (loaded once, by the shell)`,
  );
}
