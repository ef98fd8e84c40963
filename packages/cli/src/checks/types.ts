import type { GateReport } from '@czp/publishing-gate';
import type { CliIo } from '../command.js';
import type { RemoteFolder } from '../remote-folder.js';

/** What every check of `czp check` gets: the remote's folder, read once. */
export interface CheckContext {
  io: CliIo;
  folder: RemoteFolder;
  /** czp.service.json, parsed (the gate validates it). */
  metadata: unknown;
  /** dist/'s files by POSIX path relative to dist/, build by-products included (the gate leaves them out). */
  files: ReadonlyMap<string, Buffer>;
  /** The publishing gate's report on the folder: the same code the portal's server runs. Computed once. */
  gate: () => GateReport;
}

/** One line of `czp check`: ✓ pass, ✗ fail (with the reason), – skip (with why). */
export interface CheckResult {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  /** What was found (pass), what is wrong and what to change (fail), or why it did not run (skip). */
  message: string;
  /** A refusal's code, as the server would answer it (e.g. not-shared-singleton). */
  code?: string;
  /** The file the refusal is about, e.g. remotes/telc/dist/mf-manifest.json. */
  file?: string;
  /** The field in that file, e.g. support.email. */
  field?: string;
}

/** One check: a module in this folder and one line in CHECKS (index.ts). */
export interface Check {
  id: string;
  /** Short, for the line: "metadata", "shared libraries". */
  title: string;
  run(context: CheckContext): Promise<Omit<CheckResult, 'id' | 'title'>>;
}
