import {
  type BundleFiles,
  checkManifest as gateCheckManifest,
  MANIFEST_FILE,
  type ManifestFacts,
} from '@czp/publishing-gate';
import { throughGate } from './errors.js';

export { MANIFEST_FILE };

/**
 * Checks a remote's Module Federation manifest against the portal's contract (the publishing gate's check: it
 * exposes ./app, takes every shared singleton from the shell, and every file it names is in the bundle). Throws
 * PublishError.
 */
export function checkManifest(
  content: Buffer | undefined,
  files: BundleFiles,
  context: { bundle: string; serviceId: string; version: string; baseUrl?: string },
): ManifestFacts {
  return throughGate(() => gateCheckManifest(content, files, context));
}
