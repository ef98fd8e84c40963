// node bench/attribute.mjs <file.js> : which sources a built JS file is made of (needs its .map).
// Approximate gzip per source = gzip of that source's generated code on its own.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const lines = readFileSync(file, 'utf8').split('\n');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(s) {
  const out = [];
  let v = 0;
  let shift = 0;
  for (const c of s) {
    let d = B64.indexOf(c);
    const more = d & 32;
    d &= 31;
    v += d << shift;
    if (more) shift += 5;
    else {
      out.push(v & 1 ? -(v >> 1) : v >> 1);
      v = 0;
      shift = 0;
    }
  }
  return out;
}
const code = {};
let src = 0;
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  const segs = line.split(',').filter(Boolean).map(vlq);
  segs.forEach((s, i) => {
    col += s[0];
    if (s.length > 1) src += s[1];
    const end = i + 1 < segs.length ? col + segs[i + 1][0] : lines[li].length;
    const name = map.sources[src] ?? '?';
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(name);
    const key = m
      ? m[1]
      : name
          .replace(/^(\.\.\/)+/, '')
          .split('/')
          .slice(0, Number(process.env.DEPTH ?? 2))
          .join('/');
    code[key] = (code[key] ?? '') + lines[li].slice(col, end);
  });
});
const rows = Object.entries(code).map(([k, v]) => [k, v.length, gzipSync(v, { level: 9 }).length]);
rows.sort((a, b) => b[2] - a[2]);
for (const [k, raw, gz] of rows.slice(0, 25))
  console.log(`${(raw / 1024).toFixed(1).padStart(8)} raw ${(gz / 1024).toFixed(1).padStart(7)} gz  ${k}`);
