import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../command.js';
import { formatSize, plural } from '../format.js';
import { packDist } from '../pack.js';
import { folderLabel, readRemoteFolder } from '../remote-folder.js';

export const packCommand: Command = {
  name: 'pack',
  summary: 'only pack dist/ into a .tar.gz, to see what publish would upload (no token needed)',
  usage: ['czp pack [dir] [--out <file.tar.gz>]'],
  description: [
    'Runs the same checks and packing as `czp publish` and writes the bundle to a file instead of uploading it.',
    'The file defaults to <id>-<version>.tar.gz in the current folder. `tar -tzf <file>` lists what is inside.',
  ].join('\n'),
  options: ['out'],
  maxArgs: 1,
  needsToken: false,
  examples: ['czp pack remotes/telc --out telc.tar.gz', 'tar -tzf telc.tar.gz'],
  async run(context) {
    const folder = await readRemoteFolder(context.args[0], context.io.cwd);
    const bundle = await packDist(folder.distDir, { label: `${folder.label}/dist` });
    const out = path.resolve(context.io.cwd, context.options.out ?? `${folder.serviceId}-${folder.version}.tar.gz`);
    await writeFile(out, bundle.data);
    if (context.json) {
      context.printJson({
        serviceId: folder.serviceId,
        version: folder.version,
        out,
        size: bundle.data.length,
        contentSize: bundle.contentSize,
        files: bundle.files,
      });
      return;
    }
    context.print(
      `Packed ${folder.serviceId} ${folder.version} from ${folder.label}/dist: ${plural(bundle.files.length, 'file')}, ${formatSize(bundle.contentSize)}`,
    );
    context.print(`Wrote ${folderLabel(out, context.io.cwd)} (${formatSize(bundle.data.length)})`);
  },
};
