/** How messages name the inputs: the API names request fields, the CLI and `pnpm start` name files. */
export interface GateLabels {
  /** e.g. remotes/telc/czp.service.json, or metadata */
  metadata: string;
  /** e.g. remotes/telc/package.json, or the version */
  version: string;
  /** e.g. remotes/telc/dist, or bundle */
  bundle: string;
}

export function resolveLabels(labels: Partial<GateLabels> = {}): GateLabels {
  return {
    metadata: labels.metadata ?? 'czp.service.json',
    version: labels.version ?? 'the version',
    bundle: labels.bundle ?? 'the bundle',
  };
}
