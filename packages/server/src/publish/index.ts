export { PublishError, type PublishErrorCode } from './errors.js';
export { type LocalPublishOutcome, publishLocalRemotes, readBundleFolder } from './local.js';
export { checkManifest, type FederationManifest, federationManifestSchema } from './manifest.js';
export {
  checkBundlePath,
  isBuildByProduct,
  type PublishedFile,
  type PublishInput,
  type PublishResult,
  publishBundle,
  remoteUrl,
  sriIntegrity,
} from './publish.js';
