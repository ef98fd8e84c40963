export { type BundledCopy, findBundledCopies, USE_CZP_REMOTE_CONFIG } from './bundled-copies.js';
export { GateError, type GateErrorCode } from './errors.js';
export {
  checkBundle,
  type GateCheckId,
  type GateCheckResult,
  type GateInput,
  type GatePassed,
  type GateReport,
  runGate,
} from './gate.js';
export { type GateLabels, resolveLabels } from './labels.js';
export { type BundleFiles, checkManifest, MANIFEST_FILE, type ManifestFacts } from './manifest.js';
export { checkMetadata } from './metadata.js';
export { checkBundlePath, isBuildByProduct } from './paths.js';
export { type BundleSize, formatBytes, SIZE_BUDGET, type SizeBudget } from './size.js';
