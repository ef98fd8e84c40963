import { gzipSync } from 'node:zlib';
import { GateError } from './errors.js';

/** What a remote may weigh. */
export interface SizeBudget {
  /**
   * remoteEntry.js and the scripts ./app needs on mount, gzip-compressed: what every citizen opening the service
   * downloads before it shows. The repository's own remotes need 10–20 KB (e2e/build-budgets.spec.ts); a remote that
   * bundles React needs more than 60 KB for react-dom alone.
   */
  firstLoadGzipBytes: number;
  /** All files together, uncompressed: the publishing API's limit of an uploaded bundle. */
  totalBytes: number;
  files: number;
}

export const SIZE_BUDGET: SizeBudget = {
  firstLoadGzipBytes: 100 * 1024,
  totalBytes: 50 * 1024 * 1024,
  files: 1000,
};

export interface BundleSize {
  files: number;
  totalBytes: number;
  /** The scripts of the first load, and their gzip-compressed size together. */
  firstLoad: { paths: string[]; gzipBytes: number };
}

/** 34.5 KB, 1.2 MB (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Measures the bundle: its files, their total size and the first load (entryPath and ./app's sync scripts). */
export function measureBundle(files: ReadonlyMap<string, Uint8Array>, firstLoadPaths: readonly string[]): BundleSize {
  let totalBytes = 0;
  for (const content of files.values()) totalBytes += content.length;
  const paths = [...new Set(firstLoadPaths)].filter((path) => files.has(path));
  // Each file on its own, as the browser fetches (and the server compresses) them.
  const gzipBytes = paths.reduce((sum, path) => sum + gzipSync(files.get(path) as Uint8Array, { level: 9 }).length, 0);
  return { files: files.size, totalBytes, firstLoad: { paths, gzipBytes } };
}

/** Refuses a bundle over the budget, saying by how much and what to do. */
export function checkSize(size: BundleSize, bundle: string, budget: SizeBudget = SIZE_BUDGET): void {
  if (size.files > budget.files) {
    throw new GateError(
      'too-large',
      `${bundle} has ${size.files} files, more than ${budget.files}: publish the built remote only`,
      { file: bundle, field: 'bundle' },
    );
  }
  if (size.totalBytes > budget.totalBytes) {
    throw new GateError(
      'too-large',
      `${bundle} is ${formatBytes(size.totalBytes)}, more than ${formatBytes(budget.totalBytes)}: publish the built ` +
        'remote only, and large files (videos, documents) from a web server of their own',
      { file: bundle, field: 'bundle' },
    );
  }
  if (size.firstLoad.gzipBytes > budget.firstLoadGzipBytes) {
    throw new GateError(
      'too-large',
      `${bundle}: the first load (${size.firstLoad.paths.length} scripts: the remote entry and what ./app needs on ` +
        `mount) is ${formatBytes(size.firstLoad.gzipBytes)} gzip-compressed, over the budget of ` +
        `${formatBytes(budget.firstLoadGzipBytes)}: load the parts a citizen does not need at once with import(), ` +
        'and take the shared libraries from the portal (czpRemoteConfig() from @czp/remote-build)',
      { file: bundle, field: 'bundle' },
    );
  }
}
