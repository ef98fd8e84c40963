export {
  type ActivationResult,
  activateVersion,
  listVersions,
  type ServiceVersions,
  type VersionSummary,
  withdrawService,
} from './activation.js';
export { PublishError, type PublishErrorCode } from './errors.js';
export { checkBaseUrl, type ExternalRemoteInput, registerExternalRemote } from './external.js';
export { fetchRemoteFile, REMOTE_FETCH_LIMITS, type RemoteFetchLimits } from './fetch-remote.js';
export { type LocalPublishOutcome, publishLocalRemotes, readBundleFolder } from './local.js';
export { checkManifest, type FederationManifest, federationManifestSchema } from './manifest.js';
export { checkPublisherOwns, type Publisher } from './ownership.js';
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
