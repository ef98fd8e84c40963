import { type ServiceMetadata, semverSchema, serviceMetadataSchema } from '@czp/contract';
import { GateError } from './errors.js';
import type { GateLabels } from './labels.js';

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[], file: string) {
  const first = issues[0];
  const field = first ? first.path.map(String).join('.') : '';
  const text = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { field, message: `${file} is not valid: ${text}` };
}

/**
 * semver 2.0.0's grammar (https://semver.org) for what the contract's pattern lets through (no "v", no build
 * metadata): no leading zeros, numbers a JavaScript number holds exactly, at most 256 characters. What the semver
 * package's valid() accepts, without shipping it to czp.
 */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

export function isSemanticVersion(version: string): boolean {
  const match = SEMVER.exec(version);
  return (
    match !== null &&
    version.length <= 256 &&
    match.slice(1, 4).every((part) => Number(part) <= Number.MAX_SAFE_INTEGER)
  );
}

/** Validates czp.service.json against the contract and the version as semver: nothing of the bundle yet. */
export function checkMetadata(
  input: { metadata: unknown; version: string },
  labels: GateLabels,
): { metadata: ServiceMetadata; version: string } {
  const parsed = serviceMetadataSchema.safeParse(input.metadata);
  if (!parsed.success) {
    const { field, message } = describeIssues(parsed.error.issues, labels.metadata);
    throw new GateError('invalid-metadata', message, { file: labels.metadata, field });
  }
  const version = input.version;
  if (!semverSchema.safeParse(version).success || !isSemanticVersion(version)) {
    throw new GateError(
      'invalid-version',
      `${labels.version}: "${version}" is not a semantic version (MAJOR.MINOR.PATCH, for example 1.4.0)`,
      { file: labels.version, field: 'version' },
    );
  }
  return { metadata: parsed.data, version };
}

/** The logo czp.service.json names must be one of the bundle's files (the build copies public/ into dist/). */
export function checkLogo(
  metadata: ServiceMetadata,
  files: Pick<ReadonlyMap<string, unknown>, 'has'>,
  labels: GateLabels,
) {
  if (metadata.logo && !files.has(metadata.logo)) {
    throw new GateError(
      'missing-file',
      `${labels.metadata}: logo names "${metadata.logo}", which is not in ${labels.bundle}; put it in the ` +
        `remote's public/ folder so the build copies it next to remoteEntry.js`,
      { file: labels.metadata, field: 'logo' },
    );
  }
}
