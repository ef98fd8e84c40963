import path from 'node:path';
import type { Command, CommandContext } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { collectAnswers, type Prompter } from '../new/answers.js';
import { checkMetadata, metadataFrom } from '../new/fields.js';
import { type InstallOutcome, installDependencies, NO_INSTALL_ENV } from '../new/install.js';
import { choosePlatform, type Platform, targetFolder } from '../new/platform.js';
import { terminalPrompter } from '../new/prompter.js';
import { renderTemplates } from '../new/templates.js';
import { ensureEmptyFolder, writeFiles } from '../new/write.js';

export interface NewCommandDeps {
  /** The terminal's questions, or null when there is no terminal; called once per run. */
  prompter?: () => (Prompter & { close?(): void }) | null;
  /** Installs the new project's dependencies (default: pnpm install, else npm install, in its folder). */
  install?: typeof installDependencies;
}

/** How the folder is shown: relative to where czp runs when it is below it. */
function shownPath(cwd: string, folder: string): string {
  const relative = path.relative(cwd, folder);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : folder;
}

function nextSteps(platform: Platform, shown: string, packageName: string, install: InstallOutcome): string[] {
  if (platform.kind === 'workspace') {
    return [
      `  pnpm install                                   # at ${platform.root}`,
      `  pnpm --filter ${packageName} dev     # the service in the portal's emulator`,
      `  pnpm --filter ${packageName} check   # the publishing gate, on this machine`,
      `  pnpm --filter ${packageName} run publish`,
    ];
  }
  const manager = install.status === 'skipped' ? 'pnpm' : (install.manager ?? 'pnpm');
  const run = (script: string) =>
    manager === 'pnpm' && script !== 'publish' ? `pnpm ${script}` : `${manager} run ${script}`;
  const steps: Array<[string, string]> = [
    [`cd ${shown}`, ''],
    ...(install.status === 'installed' ? [] : [[`${manager} install`, ''] as [string, string]]),
    [run('dev'), 'the service in the portal’s emulator'],
    [run('check'), 'the publishing gate, on this machine'],
    [run('publish'), 'build and publish to the portal (CZP_SERVER)'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  return steps.map(([command, note]) => (note ? `  ${command.padEnd(width)}  # ${note}` : `  ${command}`));
}

export function createNewCommand(deps: NewCommandDeps = {}): Command {
  return {
    name: 'new',
    summary: 'write a new service (a remote) into a folder: czp.service.json, code, tests, scripts',
    usage: [
      'czp new <id> [--issuer <id>] [--issuer-cs <name>] [--issuer-en <name>] [--ico <ico>]',
      '[--name-cs <name>] [--name-en <name>] [--category <category>]',
      '[--support-email <e-mail>] [--support-phone <phone>] [--platform registry|workspace|<path>] [--yes]',
    ],
    description: [
      'Writes a complete remote into ./<id> (inside the CzP repository: remotes/<id>): czp.service.json, the',
      'one-line vite.config.ts, src/app.tsx with a fault report form from the design system and its Czech and',
      'English texts, a component test, msw mocks of its API, a README and the scripts dev, build, test, check',
      'and publish. On a terminal it asks for what the options do not give; with --yes (or without a terminal)',
      'a missing value is an error. The values are checked with the portal’s own schema of czp.service.json.',
      '',
      'Inside the CzP repository the platform packages are workspace:*. Elsewhere they come from the npm registry',
      '(--platform registry, the default) or from a CzP checkout on this machine (--platform <path>: link: specs',
      'into its folders). An existing folder that is not empty is never touched.',
      '',
      'A project of its own is installed right away (pnpm install in its folder, npm install without pnpm); set',
      `${NO_INSTALL_ENV}=1 to only write the files. Inside the repository, run pnpm install at its root.`,
    ].join('\n'),
    options: [
      'issuer',
      'issuer-cs',
      'issuer-en',
      'ico',
      'name-cs',
      'name-en',
      'category',
      'support-email',
      'support-phone',
      'platform',
      'yes',
    ],
    maxArgs: 1,
    needsToken: false,
    examples: [
      'czp new kutna-hora-zavady',
      'czp new kutna-hora-zavady --issuer mesto-kutna-hora --issuer-cs "Město Kutná Hora" --issuer-en "Town of Kutná Hora" --ico 00236195 --support-email podatelna@mu.kutnahora.cz --support-phone "+420 327 710 111" --yes',
      'czp new kutna-hora-zavady --platform ../czp    # the platform packages from a checkout',
    ],
    async run(context: CommandContext) {
      const { io, options } = context;
      const platform = await choosePlatform(options.platform, io.cwd);
      const prompter = options.yes ? null : (deps.prompter ?? terminalPrompter)();
      let answers: Awaited<ReturnType<typeof collectAnswers>>;
      try {
        answers = await collectAnswers(context.args[0], options, prompter);
      } finally {
        prompter?.close?.();
      }

      const checked = checkMetadata(metadataFrom(answers));
      if (!checked.ok) {
        const lines = checked.problems.map(({ field, path: at, message }) => {
          const flag = field === null ? at : field.option === null ? '<id>' : `--${field.option}`;
          return `${flag}: ${message}`;
        });
        throw new UsageError(lines.join('\nczp: '), 'new');
      }
      const { metadata } = checked;

      const folder = targetFolder(platform, io.cwd, metadata.id);
      const shown = shownPath(io.cwd, folder);
      await ensureEmptyFolder(folder, shown);
      const files = renderTemplates({ metadata, platform });
      await writeFiles(folder, files);

      const packageName = (JSON.parse(files.get('package.json') ?? '{}') as { name?: string }).name ?? metadata.id;
      if (!context.json) {
        context.print(`Wrote ${metadata.id} into ${shown}/ (${files.size} files).`);
        context.print(
          platform.kind === 'workspace'
            ? 'Its platform packages are this repository’s own (workspace:*).'
            : platform.kind === 'registry'
              ? 'Its platform packages come from the npm registry.'
              : `Its platform packages are linked from ${platform.checkout}.`,
        );
      }
      // A project of its own is installed now, so that its scripts run; in the workspace the root's install does it.
      let install: InstallOutcome = { status: 'skipped' };
      if (platform.kind !== 'workspace') {
        if (!context.json && (io.env[NO_INSTALL_ENV] ?? process.env[NO_INSTALL_ENV]) !== '1') {
          context.print(`Installing its dependencies in ${shown}/ …`);
        }
        install = await (deps.install ?? installDependencies)(folder, io);
        if (!context.json && install.status === 'installed') {
          context.print(`Installed its dependencies (${install.manager} install).`);
        }
      }
      if (context.json) {
        context.printJson({
          id: metadata.id,
          folder,
          platform: platform.kind,
          files: [...files.keys()],
          install: install.status,
        });
      } else {
        context.print('');
        context.print('Next:');
        for (const line of nextSteps(platform, shown, packageName, install)) context.print(line);
      }
      if (install.status === 'failed') {
        throw new CliError(
          `the files are written, but the install did not succeed (${install.message}): fix what it printed above, ` +
            `then run ${install.manager ?? 'pnpm'} install in ${shown}`,
          1,
          { code: 'install-failed' },
        );
      }
    },
  };
}

export const newCommand: Command = createNewCommand();
