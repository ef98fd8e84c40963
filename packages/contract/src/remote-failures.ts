/**
 * Why a remote did not show: the shell's loader decides, shows a fallback, and reports it to
 * POST /api/remote-failures (schema: remote-failures-schema.ts).
 */
export const REMOTE_FAILURE_REASONS = ['load-failed', 'timeout', 'crashed', 'integrity'] as const;
export type RemoteFailureReason = (typeof REMOTE_FAILURE_REASONS)[number];

/** What the shell reports when a remote failed to load or crashed. */
export interface RemoteFailureReport {
  serviceId: string;
  version?: string;
  reason: RemoteFailureReason;
  /** At most 500 characters. */
  message: string;
  /** The page's path (never a full URL). */
  page: string;
}
