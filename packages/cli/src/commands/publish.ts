import type { PublishResult } from '@czp/contract';
import type { Command } from '../command.js';
import { formatSize, plural } from '../format.js';
import { packDist } from '../pack.js';
import { readRemoteFolder } from '../remote-folder.js';
import { printServerMessage, servicePath } from './shared.js';

const BUNDLE_FILENAME = 'bundle.tar.gz';
const BUNDLE_TYPE = 'application/gzip';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'pack a remote’s dist/ and publish it as a new version',
  usage: ['czp publish [dir] [--no-activate]'],
  description: [
    'Checks the remote folder [dir] (default: the current folder): czp.service.json with an "id", package.json with a',
    'semver "version" (the version published) and a built dist/ with mf-manifest.json and remoteEntry.js. Packs the',
    'contents of dist/ into a .tar.gz (without .vite/, mf-stats.json and index.html; symbolic links are refused) and',
    'uploads it with czp.service.json. The new version becomes the active one unless you pass --no-activate: then it',
    'is stored as a draft that `czp activate <version>` can make active later.',
  ].join('\n'),
  options: ['no-activate'],
  maxArgs: 1,
  needsToken: true,
  examples: ['czp publish remotes/telc', 'czp publish --no-activate', 'czp publish remotes/telc --json'],
  async run(context) {
    const folder = await readRemoteFolder(context.args[0], context.io.cwd);
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
    const result = await context.client().post<PublishResult>(servicePath(folder.serviceId, '/versions'), { form });

    if (context.json) {
      context.printJson(result);
      return;
    }
    const { serviceId, version } = result;
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
