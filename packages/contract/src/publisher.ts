import type { RemoteFailureReason } from './remote-failures.js';
import type { Issuer } from './service.js';

/**
 * The publishing API under /api/publisher/ (used by the `czp` command): what each endpoint answers and accepts.
 * Every request carries `Authorization: Bearer <token>`; every refusal is an `ApiRefusal`. The server validates
 * requests with the schemas of `@czp/contract/api-schemas` (activateBodySchema, externalBodySchema, ...).
 */

/** POST /services/:serviceId/versions: 201 when published, 200 when the same version was already published alike. */
export interface PublishResult {
  serviceId: string;
  version: string;
  status: 'published' | 'unchanged';
  /** Whether this version is the active one after publishing. */
  active: boolean;
  /** The active version after publishing; null while the service is withdrawn or has drafts only. */
  activeVersion: string | null;
  /** How many files the version has (build by-products left out). */
  files: number;
  message: string;
}

/** POST /services/:serviceId/external: a publish result, with where the files are. */
export interface ExternalPublishResult extends PublishResult {
  baseUrl: string;
}

/**
 * The text fields of the multipart form of POST /services/:serviceId/versions; the file goes as `bundle`
 * (a gzip-compressed tar of the remote's dist/).
 */
export interface PublishFormFields {
  version: string;
  /** The text of czp.service.json. */
  metadata: string;
  /** `true` by default; `false` keeps the version as a draft. */
  activate?: 'true' | 'false';
}

/** The JSON body of POST /services/:serviceId/external. */
export interface ExternalPublishRequest {
  version: string;
  /** The content of czp.service.json. */
  metadata: Record<string, unknown>;
  /** The folder the built remote's files are served from, ending with "/". */
  baseUrl: string;
  /** `true` by default; `false` keeps the version as a draft. */
  activate?: boolean;
}

export interface VersionSummary {
  version: string;
  publishedAt: string;
  active: boolean;
  /** Number of files, and their total size in bytes. */
  files: number;
  size: number;
  /** Where the files are, for a version hosted on the issuer's own origin; absent for an uploaded one. */
  baseUrl?: string;
}

/** GET /services/:serviceId/versions. */
export interface ServiceVersions {
  serviceId: string;
  activeVersion: string | null;
  /** When the service was withdrawn from the catalogue; null while it is listed (or never was). */
  withdrawnAt: string | null;
  /** Newest (highest) first. */
  versions: VersionSummary[];
}

/** The JSON body of POST /services/:serviceId/active. */
export interface ActivateRequest {
  version: string;
}

/** POST /services/:serviceId/active (activate) and DELETE /services/:serviceId/active (withdraw). */
export interface ActivationResult {
  serviceId: string;
  /** Null after a withdrawal. */
  activeVersion: string | null;
  previousVersion: string | null;
  message: string;
}

/** A publishing token as listed: never the token itself, which is shown once when created. */
export interface TokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** GET /tokens: the issuer's tokens, newest first; `current` marks the one the request was sent with. */
export interface TokenList {
  issuerId: string;
  tokens: Array<TokenInfo & { current: boolean }>;
}

/** The JSON body of POST /tokens. */
export interface CreateTokenRequest {
  /** Where the token is used, e.g. CI; at most 80 characters. */
  name: string;
}

/** POST /tokens (201). */
export interface CreatedToken {
  id: string;
  name: string;
  createdAt: string;
  /** The token itself: shown once, never stored. */
  token: string;
  message: string;
}

/** DELETE /tokens/:id: the token as it is now (revoking again changes nothing). */
export interface RevokedToken extends TokenInfo {
  message: string;
}

export type AuditAction =
  | 'authenticate'
  | 'publish'
  | 'publish.external'
  | 'activate'
  | 'withdraw'
  | 'versions.list'
  | 'reports.list'
  | 'token.create'
  | 'token.revoke';

export type AuditOutcome = 'ok' | 'refused';

export interface AuditEntry {
  /** bigserial: a string, so that it never loses digits in JSON. */
  id: string;
  at: string;
  tokenId: string | null;
  action: AuditAction;
  serviceId: string | null;
  version: string | null;
  outcome: AuditOutcome;
  message: string;
  ip: string | null;
  userAgent: string | null;
}

/** GET /audit?limit (1–500, default 50): the issuer's own entries, newest first. */
export interface AuditLog {
  entries: AuditEntry[];
}

/**
 * One failure report a citizen's browser sent about the issuer's service (the shell's loader: the remote did not load,
 * timed out, crashed or failed its integrity check). Never who sent it.
 */
export interface FailureReportEntry {
  id: string;
  /** When the portal received it. */
  at: string;
  /** The version the browser tried to run; null when the shell did not know it. */
  version: string | null;
  reason: RemoteFailureReason;
  /** What the browser said went wrong (at most 500 characters). */
  message: string;
  /** The portal page's path it happened on. */
  page: string;
}

/** GET /services/:serviceId/reports?limit (1–500, default 50): the service's failure reports, newest first. */
export interface FailureReportList {
  serviceId: string;
  reports: FailureReportEntry[];
}

/*
 * The operator's publishers API under /api/operations/ (operator token: CZP_OPERATOR_TOKEN or <data>/operator-token).
 * czp-admin uses it while a running server holds the embedded database, so that only that server writes it.
 */

/** GET /api/operations/instance: which process answers, so czp-admin knows it is the one holding the data folder. */
export interface OperatorInstance {
  pid: number;
  database: 'pglite' | 'postgresql';
  version: string;
}

/** The JSON body of POST /api/operations/issuers. */
export interface OperatorIssuerRequest {
  issuer: Issuer;
  /** The first token's name; "initial" by default. */
  tokenName?: string;
}

/** POST /api/operations/issuers: 201 when registered now, 200 when it was (its name updated, another token made). */
export interface OperatorIssuerResult {
  issuer: Issuer;
  created: boolean;
  token: CreatedToken;
}

/*
 * Development only: POST /api/publisher/development-tokens exists on a portal that is not in production, so that a
 * newcomer's remote outside the portal's remotes/ gets its issuer's documented development token without guessing.
 */

/** The JSON body of POST /api/publisher/development-tokens: the issuer of the service's czp.service.json. */
export interface DevelopmentTokenRequest {
  issuer: Issuer;
}

/** POST /api/publisher/development-tokens: 201 when the issuer was registered now, 200 when it was known. */
export interface DevelopmentTokenResult {
  issuerId: string;
  /** `czp_dev_<issuer id>`: the same token the portal seeds on start; never valid in production. */
  token: string;
  created: boolean;
  message: string;
}
