import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REMOTE_EXPOSED_MODULE, SHARED_SINGLETONS } from '@czp/contract';
import type { Plugin } from 'vite';
import { CONTAINER_MARKER, containerEntrySource, REGISTRY_SOURCE, sharedShimSource } from './container-entry.js';
import { type FederationManifest, federationManifest } from './manifest.js';
import { sharedExports } from './shared-exports.js';

/**
 * Subpaths of the shared libraries the shell provides besides SHARED_SINGLETONS (shell/src/federation/
 * shared-libraries.ts lists the same): JSX's runtime and React DOM's root API. Any other subpath of a shared library
 * would need a copy of it in the remote, so the build refuses it.
 */
const SHARED_SUBPATHS = ['react/jsx-runtime', 'react-dom/client'] as const;

const SHIM_PREFIX = '\0czp-shared:';
const REGISTRY_ID = '\0czp-shared-registry';
const REGISTRY_INPUT = 'czp-shared';

const packageOf = (name: string) =>
  name
    .split('/')
    .slice(0, name.startsWith('@') ? 2 : 1)
    .join('/');
const SHARED_PACKAGES = new Set(SHARED_SINGLETONS.map(packageOf));
const SHARED_MODULES = new Set<string>([...SHARED_SINGLETONS, ...SHARED_SUBPATHS]);

/** What an import names: a shared module (its shim), a subpath of a shared library the portal lacks, or neither. */
export function classifyImport(source: string): 'shared' | 'unprovided' | 'own' {
  if (SHARED_MODULES.has(source)) return 'shared';
  // Stylesheets of a shared library are not modules of the share scope (the shell loads the design system's once).
  if (
    SHARED_PACKAGES.has(packageOf(source)) &&
    !/\.css$/.test(source) &&
    source !== `${packageOf(source)}/package.json`
  )
    return 'unprovided';
  return 'own';
}

export interface ContainerOptions {
  /** The remote's folder (czp.service.json, src/app.tsx). */
  remoteDir: string;
  /** Federation name, czp_<service id>. */
  name: string;
  /** The remote's version (its package.json), recorded in the manifest like Module Federation does. */
  version: string;
  /** Required versions of the shared singletons, as declared in the manifest. */
  requiredVersions: Record<string, string>;
}

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The production build of a remote as a CzP slim container: `remoteEntry.js` (container-entry.ts), the exposed
 * module as an entry chunk, a registry chunk, and a shim for each shared module in place of the library (never
 * bundled: the shim re-exports, name by name, what the shell put in the share scope). `mf-manifest.json` keeps the
 * shape of Module Federation 2's manifest that the publishing gate, czp, the server and the budgets read.
 */
export function czpContainer(options: ContainerOptions): Plugin {
  const app = join(options.remoteDir, 'src/app.tsx');
  const exportsOf = new Map<string, Promise<string[]>>();
  return {
    name: 'czp-container',
    apply: 'build',
    // Before Vite's own resolver, which would find the library in node_modules.
    enforce: 'pre',
    config() {
      return {
        // Chunks find each other (and their CSS) relative to their own URL: the remote is served under any path.
        base: './',
        build: {
          // No index.html: the remote's entries are its exposed module and the registry; remoteEntry.js is written
          // below, once the chunks' names are known.
          rolldownOptions: {
            input: { app, [REGISTRY_INPUT]: REGISTRY_ID },
            preserveEntrySignatures: 'strict',
            output: {
              entryFileNames: 'assets/[name]-[hash].js',
              chunkFileNames: 'assets/[name]-[hash].js',
            },
          },
        },
      };
    },
    async resolveId(source, importer) {
      if (source === REGISTRY_ID) return REGISTRY_ID;
      if (source.startsWith(SHIM_PREFIX)) return source;
      const kind = classifyImport(source);
      if (kind === 'own') return null;
      if (kind === 'unprovided') {
        this.error(
          `${importer ?? 'the remote'} imports "${source}": the portal provides ${packageOf(source)} only as ` +
            `${[...SHARED_MODULES].filter((m) => packageOf(m) === packageOf(source)).join(', ')}; import from those ` +
            '(a copy of the library in the remote would break the portal: a second React breaks hooks)',
        );
      }
      return SHIM_PREFIX + source;
    },
    async load(id) {
      if (id === REGISTRY_ID) return REGISTRY_SOURCE;
      if (!id.startsWith(SHIM_PREFIX)) return null;
      const name = id.slice(SHIM_PREFIX.length);
      let names = exportsOf.get(name);
      if (!names) {
        names = sharedExports(name, app, async (source, importer) => {
          // Skip this plugin (it would answer with the shim): the library as installed.
          const resolved = await this.resolve(source, importer, { skipSelf: true });
          return resolved && !resolved.external ? resolved.id : null;
        });
        exportsOf.set(name, names);
      }
      return { code: sharedShimSource(name, await names, REGISTRY_ID), moduleSideEffects: false };
    },
    generateBundle(_output, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((file): file is typeof file & ChunkInfo => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk as ChunkInfo]),
      );
      const all = [...chunks.values()];
      const appChunk = all.find((chunk) => chunk.isEntry && chunk.facadeModuleId === app);
      const registry = all.find((chunk) => chunk.isEntry && chunk.facadeModuleId === REGISTRY_ID);
      if (!appChunk || !registry) this.error('the build has no chunk of src/app.tsx or of the shared registry');

      // ./app's first load: its chunk and what it imports statically; the rest of its graph loads on demand.
      const sync = new Set<string>();
      const visit = (file: string, into: Set<string>, skip: Set<string>) => {
        if (into.has(file) || skip.has(file)) return;
        into.add(file);
        for (const next of chunks.get(file)?.imports ?? []) visit(next, into, skip);
      };
      visit(appChunk.fileName, sync, new Set());
      const asyncFiles = new Set<string>();
      const pending = [...sync].flatMap((file) => chunks.get(file)?.dynamicImports ?? []);
      while (pending.length > 0) {
        const file = pending.pop() as string;
        if (asyncFiles.has(file) || sync.has(file)) continue;
        visit(file, asyncFiles, sync);
        for (const done of asyncFiles) for (const next of chunks.get(done)?.dynamicImports ?? []) pending.push(next);
      }
      const cssOf = (files: Set<string>) => [
        ...new Set([...files].flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])])),
      ];
      const syncCss = cssOf(sync);
      const asyncCss = cssOf(asyncFiles).filter((file) => !syncCss.includes(file));
      // The registry first (the entry imports it), then the chunks ./app imports, then its own.
      const syncJs = [
        ...new Set([registry.fileName, ...[...sync].filter((file) => file !== appChunk.fileName), appChunk.fileName]),
      ];

      // The shared modules a chunk needs before it runs: its own shims' and those of the chunks it imports.
      const needs = new Map<string, string[]>();
      const needsOf = (file: string, path = new Set<string>()): string[] => {
        const known = needs.get(file);
        if (known) return known;
        const chunk = chunks.get(file);
        if (!chunk || path.has(file)) return [];
        path.add(file);
        const own = chunk.moduleIds
          .filter((id) => id.startsWith(SHIM_PREFIX))
          .map((id) => id.slice(SHIM_PREFIX.length));
        const all = [...new Set([...own, ...chunk.imports.flatMap((next) => needsOf(next, path))])].sort();
        needs.set(file, all);
        return all;
      };
      const used = needsOf(appChunk.fileName);
      // A chunk loaded on demand that needs more shared modules gets them first: its dynamic imports are rewritten
      // to `need([...]).then(() => import(…))`, with `need` imported from the registry (imports are hoisted, so the
      // import goes at the end and leaves the chunk's source map as it was up to there).
      for (const chunk of all) {
        if (chunk === registry || chunk.dynamicImports.length === 0) continue;
        const output = bundle[chunk.fileName] as { code?: string } | undefined;
        if (!output?.code) continue;
        let rewritten = false;
        const code = output.code.replace(/\bimport\((["'`])\.\/([\w.-]+\.js)\1\)/g, (match, _quote, name: string) => {
          const target = `${chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1)}${name}`;
          const more = needsOf(target).filter((shared) => !needsOf(chunk.fileName).includes(shared));
          if (!chunks.has(target) || more.length === 0) return match;
          rewritten = true;
          return `__czpNeed(${JSON.stringify(more)}).then(()=>${match})`;
        });
        if (!rewritten) continue;
        const registryPath = `./${registry.fileName.slice(registry.fileName.lastIndexOf('/') + 1)}`;
        const at = code.lastIndexOf('\n//# sourceMappingURL=');
        const addition = `\nimport{need as __czpNeed}from${JSON.stringify(registryPath)};`;
        output.code = at >= 0 ? code.slice(0, at) + addition + code.slice(at) : code + addition;
      }
      this.emitFile({
        type: 'asset',
        fileName: 'remoteEntry.js',
        source: containerEntrySource({
          name: options.name,
          registry: registry.fileName,
          shared: used,
          exposes: { [REMOTE_EXPOSED_MODULE]: { js: appChunk.fileName, css: syncCss } },
        }),
      });
      const manifest: FederationManifest = federationManifest({
        name: options.name,
        version: options.version,
        requiredVersions: options.requiredVersions,
        sharedVersions: Object.fromEntries(SHARED_SINGLETONS.map((s) => [s, installedVersion(s, app)])),
        exposes: {
          [REMOTE_EXPOSED_MODULE]: {
            js: { sync: syncJs, async: [...asyncFiles] },
            css: { sync: syncCss, async: asyncCss },
          },
        },
        marker: CONTAINER_MARKER,
      });
      this.emitFile({ type: 'asset', fileName: 'mf-manifest.json', source: JSON.stringify(manifest) });
    },
  };
}

function installedVersion(name: string, from: string): string {
  try {
    return (createRequire(from)(`${packageOf(name)}/package.json`) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
