import path from 'node:path';
import type { PublishResult } from '@czp/contract';
import { invalidTokenHint } from '../api-client.js';
import { buildRemote } from '../checks/build-remote.js';
import { refuseStaleDist } from '../checks/fresh-build.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { formatSize, plural } from '../format.js';
import { packDist } from '../pack.js';
import { folderLabel, readRemoteFolder, readServiceFile } from '../remote-folder.js';
import { printServerMessage, servicePath } from './shared.js';

/** The issuer's id in czp.service.json, if it has one (the server validates the rest). */
function issuerOf(metadataText: string): string | undefined {
  try {
    const id = (JSON.parse(metadataText) as { issuer?: { id?: unknown } } | null)?.issuer?.id;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

const BUNDLE_FILENAME = 'bundle.tar.gz';
const BUNDLE_TYPE = 'application/gzip';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'pack a remote’s dist/ and publish it as a new version',
  usage: ['czp publish [dir] [--no-activate] [--build]'],
  description: [
    'Checks the remote folder [dir] (default: the current folder): czp.service.json with an "id", package.json with a',
    'semver "version" (the version published) and a built dist/ with mf-manifest.json and remoteEntry.js. Packs the',
    'contents of dist/ into a .tar.gz (without .vite/, mf-stats.json and index.html; symbolic links are refused) and',
    'uploads it with czp.service.json. The new version becomes the active one unless you pass --no-activate: then it',
    'is stored as a draft that `czp activate <version>` can make active later.',
    '',
    "With --build it first runs the remote's `build` script in [dir] (pnpm run build when a pnpm lockfile or workspace",
    'is found in [dir] or above it, else npm run build); a failed build uploads nothing. Without --build, a dist/',
    'older than the sources (src/, public/, czp.service.json, index.html, package.json, the Vite config) is refused.',
    'Publishing a version again with the same files changes nothing and says so.',
    '',
    'Without CZP_TOKEN (or --token), czp asks the portal for the development token of the issuer in czp.service.json',
    '(czp_dev_<issuer id>) and says so in one line; only a development portal has one to give (never in production),',
    'any other refuses with the missing-token message. The same holds for every command that needs a token.',
  ].join('\n'),
  options: ['build', 'no-activate'],
  maxArgs: 1,
  needsToken: true,
  examples: [
    'czp publish remotes/telc',
    'czp publish --build',
    'czp publish --no-activate',
    'czp publish remotes/telc --json',
  ],
  async run(context) {
    if (context.options.build === true) {
      const dir = path.resolve(context.io.cwd, context.args[0] ?? '.');
      const label = folderLabel(dir, context.io.cwd);
      await readServiceFile(dir, label); // a folder that is no remote is refused before anything runs
      if (!context.json) context.print(`Building ${label} …`);
      const manager = await buildRemote({ dir, label }, context.io);
      if (!context.json) context.print(`Built ${label} (${manager} run build).`);
    }
    const folder = await readRemoteFolder(context.args[0], context.io.cwd);
    await refuseStaleDist(folder, 'run `czp publish --build` or build first');
    const activate = context.options['no-activate'] !== true;
    const bundle = await packDist(folder.distDir, { label: `${folder.label}/dist` });
    const size = formatSize(bundle.data.length);
    if (!context.json) {
      context.print(
        `Packed ${folder.label}/dist: ${plural(bundle.files.length, 'file')}, ${formatSize(bundle.contentSize)} (${size} compressed)`,
      );
      context.print(`Publishing ${folder.serviceId} ${folder.version} to ${context.server} …`);
    }

    const form = new FormData();
    form.append('version', folder.version);
    form.append('metadata', folder.metadataText);
    form.append('activate', activate ? 'true' : 'false');
    form.append('bundle', new Blob([new Uint8Array(bundle.data)], { type: BUNDLE_TYPE }), BUNDLE_FILENAME);
    const result = await context
      .client()
      .post<PublishResult>(servicePath(folder.serviceId, '/versions'), { form })
      .catch((error: unknown) => {
        // The token hint names this remote's issuer (and so the development token's file).
        if (error instanceof CliError && error.code === 'token-invalid') {
          throw new CliError(
            `This publishing token is not valid. ${invalidTokenHint(context.server, issuerOf(folder.metadataText))}`,
            1,
            { code: error.code, ...(error.status ? { status: error.status } : {}) },
          );
        }
        throw error;
      });

    if (context.json) {
      context.printJson(result);
      return;
    }
    const { serviceId, version } = result;
    if (result.status === 'unchanged') {
      // The same version with the same files and metadata: the server changed nothing, so neither "Published" nor
      // the server's own sentence, one line that says so.
      const where = result.active
        ? ''
        : result.activeVersion
          ? `; it is a draft, the active version is ${result.activeVersion}: make it active with czp activate ${version}`
          : `; it is a draft: make it active with czp activate ${version}`;
      context.print(`${serviceId} ${version} is already published (identical): nothing to do${where}`);
      return;
    }
    const published = `${serviceId} ${version} (${plural(result.files, 'file')}, ${size})`;
    let summary: string;
    if (result.active) {
      summary = `Published ${published}; it is now active.`;
    } else if (result.activeVersion) {
      summary = `Published ${published} as a draft; the active version is still ${result.activeVersion}. Make it active with: czp activate ${version}`;
    } else {
      summary = `Published ${published} as a draft; no version is active. Make it active with: czp activate ${version}`;
    }
    context.print(summary);
    printServerMessage(context, result.message, summary);
  },
};
