/**
 * What the publishing API under /api/publisher/ answers. Fields are optional where czp can do without them:
 * the commands print what is there and the server's `message` whenever it sends one.
 */

export interface PublishResponse {
  serviceId: string;
  version: string;
  active?: boolean;
  activeVersion?: string | null;
  /** How many files the server stored (a list is tolerated too). */
  files?: number | readonly unknown[];
  status?: string;
  message?: string;
}

export interface VersionEntry {
  version: string;
  publishedAt?: string | null;
  active?: boolean;
  files?: number | readonly unknown[];
  /** Bytes. */
  size?: number;
}

export interface VersionsResponse {
  serviceId?: string;
  activeVersion?: string | null;
  versions?: readonly VersionEntry[];
  message?: string;
}

/** Activate and withdraw. */
export interface ActiveResponse {
  serviceId?: string;
  activeVersion?: string | null;
  message?: string;
}

export interface TokenEntry {
  id: string | number;
  name?: string;
  createdAt?: string | null;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface TokensResponse {
  tokens?: readonly TokenEntry[];
  message?: string;
}

export interface CreatedTokenResponse {
  id: string | number;
  name?: string;
  /** The secret: shown once, never again. */
  token: string;
  message?: string;
}

export interface RevokedTokenResponse {
  id?: string | number;
  revokedAt?: string | null;
  message?: string;
}

export interface AuditEntry {
  at?: string;
  action?: string;
  serviceId?: string | null;
  version?: string | null;
  outcome?: string;
  message?: string | null;
  ip?: string | null;
}

export interface AuditResponse {
  entries?: readonly AuditEntry[];
  message?: string;
}

/** A count of files whether the server sends a number or a list. */
export function fileCount(files: number | readonly unknown[] | undefined): number | undefined {
  if (typeof files === 'number') return files;
  if (Array.isArray(files)) return files.length;
  return undefined;
}
