import path from 'node:path';
import type { ExternalPublishRequest, ExternalPublishResult } from '@czp/contract';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { folderLabel, readPackageVersion, readServiceFile } from '../remote-folder.js';
import { printServerMessage, servicePath } from './shared.js';

/** The base URL as given, checked so far as czp can: an absolute http(s) URL of a folder (ending with "/"). */
function checkBaseUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError(
      'give the URL your built remote is served at, e.g. czp register-external https://portal.telc.eu/czp/telc/1.2.0/',
      'register-external',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `"${value}" is not a URL: give one like https://portal.telc.eu/czp/telc/1.2.0/`,
      'register-external',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`"${value}" is not an http(s) URL`, 'register-external');
  }
  if (!value.endsWith('/')) {
    throw new UsageError(
      `"${value}" must end with "/": it is the folder mf-manifest.json and remoteEntry.js are in`,
      'register-external',
    );
  }
  return value;
}

export const registerExternalCommand: Command = {
  name: 'register-external',
  summary: 'register a version your own web server hosts (on an origin the portal allows)',
  usage: ['czp register-external <baseUrl> [dir] [--no-activate]'],
  description: [
    'For a remote you host yourself: upload the contents of its built dist/ to <baseUrl> (served with',
    'Access-Control-Allow-Origin, without redirects), then run this. czp sends the version of [dir]/package.json and',
    '[dir]/czp.service.json (default: the current folder); the portal fetches mf-manifest.json and every script and',
    'style it names from <baseUrl>, checks them like an upload and records their hashes: a file changed there later',
    'is refused by browsers. The portal operator must allow the origin of <baseUrl> (CZP_REMOTE_ORIGINS).',
  ].join('\n'),
  options: ['no-activate'],
  maxArgs: 2,
  needsToken: true,
  examples: [
    'czp register-external https://portal.telc.eu/czp/telc/1.2.0/ remotes/telc',
    'czp register-external https://portal.telc.eu/czp/telc/1.2.0/ --no-activate',
  ],
  async run(context) {
    const baseUrl = checkBaseUrl(context.args[0]);
    const dir = path.resolve(context.io.cwd, context.args[1] ?? '.');
    const label = folderLabel(dir, context.io.cwd);
    const { serviceId, metadataText } = await readServiceFile(dir, label);
    const version = await readPackageVersion(dir, label);
    const activate = context.options['no-activate'] !== true;
    if (!context.json) context.print(`Registering ${serviceId} ${version} at ${baseUrl} with ${context.server} …`);

    const request: ExternalPublishRequest = { version, metadata: JSON.parse(metadataText), baseUrl, activate };
    const result = await context
      .client()
      .post<ExternalPublishResult>(servicePath(serviceId, '/external'), { json: request });
    if (context.json) {
      context.printJson(result);
      return;
    }
    const registered = `${result.serviceId} ${result.version} at ${result.baseUrl}`;
    const summary = result.active
      ? `Registered ${registered}; it is now active.`
      : `Registered ${registered} as a draft${result.activeVersion ? `; the active version is still ${result.activeVersion}` : ''}. ` +
        `Make it active with: czp activate ${result.version}`;
    context.print(summary);
    printServerMessage(context, result.message, summary);
  },
};
