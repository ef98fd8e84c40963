import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { parseSync } from 'vite';

/** Finds the file an import inside `importer` loads (the bundler's own resolution, so it matches the build). */
export type Resolve = (source: string, importer: string) => Promise<string | null>;

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx'];

/** A relative import in TypeScript source: `./x.js` may be x.ts, `./x` may be x.tsx or x/index.ts. */
async function resolveRelative(source: string, importer: string): Promise<string | null> {
  const base = join(dirname(importer), source);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => stem + ext),
    ...SOURCE_EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ];
  for (const candidate of candidates) {
    try {
      await readFile(candidate);
      return candidate;
    } catch {
      // next
    }
  }
  return null;
}

interface ExportNode {
  type: string;
  declaration?: { type: string; id?: { name?: string } | null; declarations?: { id: BindingNode }[] } | null;
  specifiers?: { exported: { type: string; name?: string; value?: string } }[];
  exported?: { type: string; name?: string; value?: string } | null;
  source?: { value: string } | null;
}
interface BindingNode {
  type: string;
  name?: string;
  properties?: { value?: BindingNode; argument?: BindingNode; type: string }[];
  elements?: (BindingNode | null)[];
  argument?: BindingNode;
  left?: BindingNode;
}

const nameOf = (node: { type: string; name?: string; value?: string }) => node.name ?? node.value ?? '';

function bindingNames(node: BindingNode | undefined, into: Set<string>): void {
  if (!node) return;
  if (node.type === 'Identifier' && node.name) into.add(node.name);
  else if (node.type === 'ObjectPattern')
    for (const property of node.properties ?? []) bindingNames(property.value ?? property.argument, into);
  else if (node.type === 'ArrayPattern')
    for (const element of node.elements ?? []) bindingNames(element ?? undefined, into);
  else if (node.type === 'RestElement') bindingNames(node.argument, into);
  else if (node.type === 'AssignmentPattern') bindingNames(node.left, into);
}

/** The export names of an ES module (TypeScript or JavaScript), following `export * from` through its sources. */
async function esmExports(file: string, resolve: Resolve, seen: Set<string>): Promise<Set<string>> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const ext = extname(file);
  const lang = ext === '.tsx' ? 'tsx' : ext === '.ts' || ext === '.mts' ? 'ts' : ext === '.jsx' ? 'jsx' : 'js';
  const { program } = parseSync(file, await readFile(file, 'utf8'), { lang }) as unknown as {
    program: { body: ExportNode[] };
  };
  for (const node of program.body) {
    if (node.type === 'ExportDefaultDeclaration') names.add('default');
    else if (node.type === 'ExportNamedDeclaration') {
      // `export type { X }` and `export interface X` are no values: the parser keeps them, the bundle does not.
      if ((node as { exportKind?: string }).exportKind === 'type') continue;
      const declaration = node.declaration;
      // Of TypeScript's declarations only an enum is a value.
      if (declaration?.type.startsWith('TS') && declaration.type !== 'TSEnumDeclaration') continue;
      if (declaration?.id?.name) names.add(declaration.id.name);
      for (const declarator of declaration?.declarations ?? []) bindingNames(declarator.id, names);
      for (const specifier of node.specifiers ?? []) {
        if ((specifier as { exportKind?: string }).exportKind === 'type') continue;
        names.add(nameOf(specifier.exported));
      }
    } else if (node.type === 'ExportAllDeclaration' && node.source) {
      if ((node as { exportKind?: string }).exportKind === 'type') continue;
      if (node.exported) {
        names.add(nameOf(node.exported));
        continue;
      }
      const source = node.source.value;
      const target = source.startsWith('.') ? await resolveRelative(source, file) : await resolve(source, file);
      if (!target) throw new Error(`${file}: cannot find "${source}" to list what it exports`);
      for (const name of await moduleExports(target, resolve, seen)) if (name !== 'default') names.add(name);
    }
  }
  return names;
}

async function moduleExports(file: string, resolve: Resolve, seen: Set<string>): Promise<Set<string>> {
  if (/\.(c?js)$/.test(file)) {
    // A CommonJS package (React, react-dom): what it puts on module.exports, and the object itself as default.
    try {
      const value = createRequire(file)(file) as unknown;
      if (value && (typeof value === 'object' || typeof value === 'function')) {
        const names = new Set(Object.keys(value));
        if (!names.has('__esModule')) return new Set([...names, 'default']);
      }
    } catch {
      // An ES module: parsed below.
    }
  }
  return esmExports(file, resolve, seen);
}

/**
 * Every name a shared library's module exports, read at build time from the installed package (as the remote's
 * bundler resolves it): the shim that stands in for it in the remote re-exports each one from the shell's copy.
 */
export async function sharedExports(specifier: string, importer: string, resolve: Resolve): Promise<string[]> {
  const file = await resolve(specifier, importer);
  if (!file) throw new Error(`cannot find ${specifier} from ${importer}: install it (it is provided by the portal)`);
  return [...(await moduleExports(file, resolve, new Set()))].filter((name) => name !== '__esModule').sort();
}
