import { posix } from 'node:path';
import { type ServiceMetadata, SHARED_SINGLETONS } from '@czp/contract';
import { bundledCopiesError, checkNoBundledCopies, findBundledCopies } from './bundled-copies.js';
import { GateError } from './errors.js';
import { type GateLabels, resolveLabels } from './labels.js';
import {
  checkManifest,
  checkSharedDeclared,
  type FederationManifest,
  MANIFEST_FILE,
  type ManifestFacts,
  readManifest,
} from './manifest.js';
import { checkLogo, checkMetadata } from './metadata.js';
import { checkBundlePath, isBuildByProduct, publishableFiles } from './paths.js';
import { type BundleSize, checkSize, formatBytes, measureBundle, SIZE_BUDGET, type SizeBudget } from './size.js';

export interface GateInput<T extends Uint8Array = Uint8Array> {
  /** czp.service.json, unvalidated. */
  metadata: unknown;
  /** The version to publish (package.json's). */
  version: string;
  /** The bundle's files by POSIX path relative to its root (the remote's dist/), build by-products included. */
  files: ReadonlyMap<string, T>;
  labels?: Partial<GateLabels>;
  /** A remote on the issuer's own origin: where its files are served (ends with '/'). */
  baseUrl?: string;
  budget?: SizeBudget;
}

/** A bundle the gate let through, and what the checks learnt about it. */
export interface GatePassed<T extends Uint8Array = Uint8Array> {
  metadata: ServiceMetadata;
  version: string;
  labels: GateLabels;
  /** The files to publish: build by-products left out. */
  files: Map<string, T>;
  facts: ManifestFacts;
  size: BundleSize;
}

/** remoteEntry.js and ./app's sync scripts: what the portal loads before the service shows. */
function firstLoadPaths(facts: Pick<ManifestFacts, 'entryPath' | 'preloadPaths'>): string[] {
  return [facts.entryPath, ...facts.preloadPaths.js];
}

/**
 * The whole gate, as the server runs it before anything is stored: metadata and version, the file paths, the logo,
 * the manifest (./app, the shared singletons declared, every file it names present, the public path), no bundled
 * copy of a shared library, the size budget. Throws the first refusal (GateError).
 */
export function checkBundle<T extends Uint8Array>(input: GateInput<T>): GatePassed<T> {
  const labels = resolveLabels(input.labels);
  const { metadata, version } = checkMetadata(input, labels);
  const files = publishableFiles(input.files, labels.bundle);
  checkLogo(metadata, files, labels);
  const facts = checkManifest(files.get(MANIFEST_FILE), files, {
    bundle: labels.bundle,
    serviceId: metadata.id,
    version,
    ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
  });
  checkNoBundledCopies(files, facts.manifest, labels.bundle);
  const size = measureBundle(files, firstLoadPaths(facts));
  checkSize(size, labels.bundle, input.budget);
  return { metadata, version, labels, files, facts, size };
}

/** One check of `czp check`. */
export type GateCheckId = 'metadata' | 'manifest' | 'shared' | 'size';

export type GateCheckResult =
  | { id: GateCheckId; status: 'pass'; summary: string }
  | { id: GateCheckId; status: 'fail'; error: GateError }
  | { id: GateCheckId; status: 'skip'; reason: string };

export interface GateReport {
  /** In the order metadata, manifest, shared, size. */
  checks: GateCheckResult[];
  metadata?: ServiceMetadata;
  version?: string;
  size?: BundleSize;
}

function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: GateError } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof GateError) return { ok: false, error };
    throw error;
  }
}

/** The entry path as checkManifest computes it, for a manifest whose other checks failed. */
function entryPathOf(manifest: FederationManifest): string {
  return posix.normalize(posix.join(manifest.metaData.remoteEntry.path || '.', manifest.metaData.remoteEntry.name));
}

/**
 * The same checks as checkBundle, each on its own so that one refusal does not hide the others: what `czp check`
 * prints. A check that needs what an earlier one refused is skipped, saying why.
 */
export function runGate<T extends Uint8Array>(input: GateInput<T>): GateReport {
  const labels = resolveLabels(input.labels);
  const checks: GateCheckResult[] = [];
  const report: GateReport = { checks };

  // Paths first: a file that may not be published is the manifest check's refusal, the others go on without it.
  let pathError: GateError | undefined;
  const files = new Map<string, T>();
  for (const [path, content] of input.files) {
    const checked = attempt(() => checkBundlePath(path, labels.bundle));
    if (!checked.ok) pathError ??= checked.error;
    else if (!isBuildByProduct(path)) files.set(path, content);
  }

  const metadata = attempt(() => {
    const valid = checkMetadata(input, labels);
    checkLogo(valid.metadata, files, labels);
    return valid;
  });
  if (metadata.ok) {
    report.metadata = metadata.value.metadata;
    report.version = metadata.value.version;
    const { id, issuer, name } = metadata.value.metadata;
    checks.push({
      id: 'metadata',
      status: 'pass',
      summary: `${id} ${metadata.value.version} by ${issuer.id} (IČO ${issuer.ico}): ${name.cs} / ${name.en}`,
    });
  } else {
    checks.push({ id: 'metadata', status: 'fail', error: metadata.error });
  }

  const parsed = attempt(() => readManifest(files.get(MANIFEST_FILE), labels.bundle));
  if (!parsed.ok) {
    checks.push({ id: 'manifest', status: 'fail', error: pathError ?? parsed.error });
  } else if (pathError) {
    checks.push({ id: 'manifest', status: 'fail', error: pathError });
  } else if (!metadata.ok) {
    checks.push({ id: 'manifest', status: 'skip', reason: `needs a valid ${labels.metadata} and version` });
  } else {
    const facts = attempt(() =>
      checkManifest(
        files.get(MANIFEST_FILE),
        files,
        {
          bundle: labels.bundle,
          serviceId: metadata.value.metadata.id,
          version: metadata.value.version,
          ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
        },
        { shared: false },
      ),
    );
    checks.push(
      facts.ok
        ? {
            id: 'manifest',
            status: 'pass',
            summary: `${facts.value.federationName} exposes ./app; ${facts.value.entryPath} and the ${facts.value.listedPaths.length - 1} files it names are in the bundle`,
          }
        : { id: 'manifest', status: 'fail', error: facts.error },
    );
  }

  const manifest = parsed.ok ? parsed.value : undefined;
  const shared = attempt(() => {
    if (manifest) checkSharedDeclared(manifest, labels.bundle);
    const copies = findBundledCopies(files, manifest);
    if (copies.length > 0) throw bundledCopiesError(copies, labels.bundle);
  });
  if (!shared.ok) checks.push({ id: 'shared', status: 'fail', error: shared.error });
  else if (!manifest) checks.push({ id: 'shared', status: 'skip', reason: `needs a readable ${MANIFEST_FILE}` });
  else {
    checks.push({
      id: 'shared',
      status: 'pass',
      summary: `${SHARED_SINGLETONS.length} shared libraries come from the portal (${SHARED_SINGLETONS.join(', ')}); the bundle has no copy of any`,
    });
  }

  if (!manifest) {
    checks.push({ id: 'size', status: 'skip', reason: `needs a readable ${MANIFEST_FILE}` });
  } else {
    const app = manifest.exposes.find((entry) => entry.path === './app' || entry.name === 'app');
    const size = measureBundle(
      files,
      firstLoadPaths({
        entryPath: entryPathOf(manifest),
        preloadPaths: { js: app?.assets?.js.sync ?? [], css: [] },
      }),
    );
    report.size = size;
    const budget = input.budget ?? SIZE_BUDGET;
    const checked = attempt(() => checkSize(size, labels.bundle, budget));
    checks.push(
      checked.ok
        ? {
            id: 'size',
            status: 'pass',
            summary:
              `first load ${formatBytes(size.firstLoad.gzipBytes)} gzip-compressed of ${formatBytes(budget.firstLoadGzipBytes)}; ` +
              `${size.files} files, ${formatBytes(size.totalBytes)} in all`,
          }
        : { id: 'size', status: 'fail', error: checked.error },
    );
  }
  return report;
}
