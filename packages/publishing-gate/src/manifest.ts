import { posix } from 'node:path';
import { federationNameOf, REMOTE_EXPOSED_MODULE, SHARED_SINGLETONS } from '@czp/contract';
import { z } from 'zod';
import { GateError } from './errors.js';

const assetListSchema = z.object({
  sync: z.array(z.string()).default([]),
  async: z.array(z.string()).default([]),
});
const assetsSchema = z.object({
  js: assetListSchema.default({ sync: [], async: [] }),
  css: assetListSchema.default({ sync: [], async: [] }),
});

/** The part of a Module Federation 2 manifest (`mf-manifest.json`) the portal relies on. */
const federationManifestSchema = z.looseObject({
  name: z.string().min(1),
  metaData: z.looseObject({
    name: z.string().optional(),
    remoteEntry: z.looseObject({ name: z.string().min(1), path: z.string().default(''), type: z.string().optional() }),
    getPublicPath: z.string().optional(),
    publicPath: z.string().optional(),
  }),
  shared: z
    .array(z.looseObject({ name: z.string(), singleton: z.boolean().optional(), version: z.string().optional() }))
    .default([]),
  exposes: z.array(z.looseObject({ name: z.string(), path: z.string(), assets: assetsSchema.optional() })).default([]),
});
export type FederationManifest = z.infer<typeof federationManifestSchema>;

export const MANIFEST_FILE = 'mf-manifest.json';

export interface ManifestFacts {
  manifest: FederationManifest;
  federationName: string;
  /** Path of the remote entry inside the bundle, e.g. remoteEntry.js */
  entryPath: string;
  /** Paths inside the bundle the exposed module needs on first mount. */
  preloadPaths: { js: string[]; css: string[] };
  /** Every script and style the manifest names: the entry and each exposed module's sync and async assets. */
  listedPaths: string[];
}

/** Where a remote's files are looked up: the bundle's files, or (before fetching them) any path at all. */
export type BundleFiles = Pick<ReadonlyMap<string, unknown>, 'has'>;

export interface ManifestContext {
  /** How messages name the bundle, e.g. remotes/telc/dist. */
  bundle: string;
  serviceId: string;
  version: string;
  /** A remote on the issuer's own origin: where its files are served (ends with '/'). */
  baseUrl?: string;
}

/** mf-manifest.json's path as messages name it. */
function manifestLabel(bundle: string): string {
  return `${bundle}/${MANIFEST_FILE}`;
}

/** Parses mf-manifest.json: present, JSON, and the shape the portal relies on. */
export function readManifest(content: Uint8Array | undefined, bundle: string): FederationManifest {
  const file = manifestLabel(bundle);
  if (!content) {
    throw new GateError('missing-file', `${file} is missing: build the remote (vite build) before publishing it`, {
      file,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(content).toString('utf8'));
  } catch (error) {
    throw new GateError('invalid-manifest', `${file} is not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = federationManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new GateError('invalid-manifest', `${file}: ${field || '(root)'}: ${issue?.message ?? 'invalid'}`, {
      file,
      field,
    });
  }
  return parsed.data;
}

/** The remote is named after its service (czp_<id>) and exposes ./app. Returns the exposed module. */
function checkNameAndExposes(manifest: FederationManifest, context: ManifestContext) {
  const file = manifestLabel(context.bundle);
  const expectedName = federationNameOf(context.serviceId);
  for (const [field, name] of [
    ['name', manifest.name],
    ['metaData.name', manifest.metaData.name],
  ] as const) {
    if (name !== undefined && name !== expectedName) {
      throw new GateError(
        'invalid-manifest',
        `${file}: ${field} is ${JSON.stringify(name)}, but the remote of the service ${context.serviceId} must be ` +
          `named "${expectedName}"; build it with @czp/remote-build from the remote's own czp.service.json`,
        { file, field },
      );
    }
  }
  const exposed = manifest.exposes.find(
    (entry) => entry.path === REMOTE_EXPOSED_MODULE || `./${entry.name}` === REMOTE_EXPOSED_MODULE,
  );
  if (!exposed) {
    throw new GateError(
      'invalid-manifest',
      `${file} does not expose "${REMOTE_EXPOSED_MODULE}": a CzP remote exposes its single-spa lifecycles ` +
        `(made by defineRemote) as "${REMOTE_EXPOSED_MODULE}"`,
      { file, field: 'exposes' },
    );
  }
  return exposed;
}

/** Every shared singleton of the contract is declared shared, as a singleton (what the manifest says). */
export function checkSharedDeclared(manifest: FederationManifest, bundle: string): void {
  const file = manifestLabel(bundle);
  for (const name of SHARED_SINGLETONS) {
    const shared = manifest.shared.find((entry) => entry.name === name);
    if (shared?.singleton !== true) {
      throw new GateError(
        'not-shared-singleton',
        `${file} does not take "${name}" from the portal as a shared singleton${shared ? ' (singleton is not true)' : ''}: ` +
          'a remote that bundles its own copy breaks React hooks (React error #321). Build it with the shared ' +
          `singletons of the starter kit: ${SHARED_SINGLETONS.join(', ')}`,
        { file, field: 'shared' },
      );
    }
  }
}

/** The entry and every asset of ./app are in the bundle; the public path fits where the remote is served. */
function checkFilesAndPublicPath(
  manifest: FederationManifest,
  exposed: FederationManifest['exposes'][number],
  files: BundleFiles,
  context: ManifestContext,
) {
  const file = manifestLabel(context.bundle);
  const entryPath = posix.normalize(
    posix.join(manifest.metaData.remoteEntry.path || '.', manifest.metaData.remoteEntry.name),
  );
  if (!files.has(entryPath)) {
    throw new GateError('missing-file', `${file} names the remote entry "${entryPath}", which is not in the bundle`, {
      file,
      field: 'metaData.remoteEntry',
    });
  }
  const assets = exposed.assets ?? { js: { sync: [], async: [] }, css: { sync: [], async: [] } };
  for (const path of [...assets.js.sync, ...assets.js.async, ...assets.css.sync, ...assets.css.async]) {
    if (!files.has(path)) {
      throw new GateError('missing-file', `${file} names the asset "${path}", which is not in the bundle`, {
        file,
        field: 'exposes',
      });
    }
  }

  const expectedBase = `/remotes/${context.serviceId}/${context.version}/`;
  const publicPath = manifest.metaData.getPublicPath ?? manifest.metaData.publicPath;
  // On the issuer's origin, a remote built to load its chunks from the portal's /remotes/ would find nothing there.
  if (context.baseUrl && publicPath?.includes('/remotes/') && !publicPath.includes(context.baseUrl)) {
    throw new GateError(
      'invalid-manifest',
      `${file}: metaData.getPublicPath points at the portal (${publicPath}), but the remote is served from ` +
        `${context.baseUrl}; build it with the public path "auto" or ${context.baseUrl}`,
      { file, field: 'metaData.getPublicPath' },
    );
  }
  if (!context.baseUrl && publicPath?.includes('/remotes/') && !publicPath.includes(expectedBase)) {
    throw new GateError(
      'invalid-manifest',
      `${file}: metaData.getPublicPath must point at ${expectedBase} (the remote was built for another service id or ` +
        `version: ${publicPath}); rebuild it after changing the version`,
      { file, field: 'metaData.getPublicPath' },
    );
  }
  return { entryPath, assets };
}

export interface ManifestCheckOptions {
  /** false: leave the shared singletons to a check of their own (czp check reports them on their own line). */
  shared?: boolean;
}

/**
 * Checks a remote's Module Federation manifest against the portal's contract: it is named after its service, exposes
 * ./app, takes every shared singleton from the shell, and every file it names is in the bundle.
 */
export function checkManifest(
  content: Uint8Array | undefined,
  files: BundleFiles,
  context: ManifestContext,
  options: ManifestCheckOptions = {},
): ManifestFacts {
  const manifest = readManifest(content, context.bundle);
  const exposed = checkNameAndExposes(manifest, context);
  if (options.shared !== false) checkSharedDeclared(manifest, context.bundle);
  const { entryPath, assets } = checkFilesAndPublicPath(manifest, exposed, files, context);
  return {
    manifest,
    federationName: manifest.name,
    entryPath,
    preloadPaths: { js: [...assets.js.sync], css: [...assets.css.sync, ...assets.css.async] },
    listedPaths: [
      ...new Set([
        entryPath,
        ...manifest.exposes.flatMap(({ assets: a }) =>
          a ? [...a.js.sync, ...a.js.async, ...a.css.sync, ...a.css.async] : [],
        ),
      ]),
    ],
  };
}
