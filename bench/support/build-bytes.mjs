// What the production build makes a citizen download, read from the build's own manifests (the shell's
// .vite/manifest.json, each remote's mf-manifest.json), not from a browser: stable figures for bench/run.mjs.
// e2e/build-budgets.spec.ts reads the same manifests the same way (the e2e suite may not import bench/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const root = resolve(import.meta.dirname, '../..');
export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** raw and gzip (level 9) bytes of files. */
export function sizeOf(files) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gz += gzip(buf);
  }
  return { raw, gzip: gz, files: files.length };
}

/** Every .js under dir (not Vite's own folder). */
export function jsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === '.vite' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

const shellDir = join(root, 'shell/dist/client');

/**
 * The shell's first load: its entry chunks and everything they import statically (JavaScript), the stylesheets
 * those chunks carry (CSS), and the woff2 files those stylesheets name (fonts; the browser fetches only those a
 * page's text needs, so this is the most a first load can take).
 */
export function shellFirstLoad() {
  const manifest = JSON.parse(readFileSync(join(shellDir, '.vite/manifest.json'), 'utf8'));
  const js = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const fonts = new Set();
  for (const file of css) {
    const text = readFileSync(join(shellDir, file), 'utf8');
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+\.woff2)(?:[?#][^"')]*)?["']?\s*\)/g)) {
      const path = m[1].startsWith('/') ? join(shellDir, m[1]) : resolve(join(shellDir, dirname(file)), m[1]);
      if (existsSync(path)) fonts.add(path);
    }
  }
  const abs = (set) => [...set].map((f) => join(shellDir, f));
  return { js: abs(js).filter((f) => f.endsWith('.js')), css: abs(css), fonts: [...fonts] };
}

/** The remotes that have a build with a manifest. */
export function builtRemotes() {
  return readdirSync(join(root, 'remotes')).filter((name) =>
    existsSync(join(root, 'remotes', name, 'dist/mf-manifest.json')),
  );
}

/** The relative files a built ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
    out.push(resolve(dirname(file), m[1]));
  return out;
}

/**
 * A remote's first load as its mf-manifest.json lists it, in two parts:
 * - glue: the remote entry (metaData.remoteEntry) with every file it imports statically, and the federation
 *   plugin's virtual modules (`_virtual_mf…`, `__federation…`) among the exposes' files: what Module Federation
 *   costs, whatever the service is;
 * - own: the rest of the sync JavaScript of its exposes: the service's own code (and its texts).
 * Each file counted once. Only the manifest's shape is relied on, not how the entry is generated.
 */
export function remoteFirstLoad(name) {
  const dir = join(root, 'remotes', name, 'dist');
  const manifest = JSON.parse(readFileSync(join(dir, 'mf-manifest.json'), 'utf8'));
  const entryName = manifest?.metaData?.remoteEntry?.name;
  const glue = new Set();
  const visit = (file) => {
    if (glue.has(file) || !existsSync(file)) return;
    glue.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  if (entryName) visit(join(dir, manifest.metaData.remoteEntry.path ?? '', entryName));
  const own = new Set();
  for (const expose of manifest?.exposes ?? [])
    for (const file of expose?.assets?.js?.sync ?? []) {
      const path = join(dir, file);
      if (/^(_virtual_mf|__federation)/.test(basename(path))) glue.add(path);
      else own.add(path);
    }
  for (const file of glue) own.delete(file);
  return { entry: [...glue], own: [...own] };
}
