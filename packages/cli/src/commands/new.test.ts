import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serviceMetadataSchema } from '@czp/contract/schemas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo, CommandContext, ParsedOptions } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { runCzp } from '../testing.js';
import { createNewCommand } from './new.js';

/** The repository this test runs in: a CzP checkout (a `--platform <path>`). */
const REPO = path.resolve(import.meta.dirname, '../../../..');

const KUTNA_HORA = [
  '--issuer',
  'mesto-kutna-hora',
  '--issuer-cs',
  'Město Kutná Hora',
  '--issuer-en',
  'Town of Kutná Hora',
  '--ico',
  '00236195',
  '--support-email',
  'podatelna@mu.kutnahora.cz',
  '--support-phone',
  '+420 327 710 111',
];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-new-'));
  // These tests are about the files: the install has its own tests below, with package managers of their own.
  vi.stubEnv('CZP_NEW_NO_INSTALL', '1');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

/**
 * A folder of fake package managers for PATH: each named one records where it ran and with what, and exits with
 * its code.
 */
async function fakeManagers(
  managers: Record<string, number>,
): Promise<{ bin: string; calls: () => Promise<string[]> }> {
  const bin = path.join(root, 'bin');
  const log = path.join(root, 'calls.log');
  await mkdir(bin, { recursive: true });
  for (const [name, code] of Object.entries(managers)) {
    const script = path.join(bin, name);
    await writeFile(
      script,
      `#!/bin/sh\necho "${name} $* in $(pwd)" >> "${log}"\necho "${name} says hello"\nexit ${code}\n`,
    );
    await chmod(script, 0o755);
  }
  const calls = async () => (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean);
  return { bin, calls };
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

const read = (...parts: string[]) => readFile(path.join(...parts), 'utf8');
const readJson = async (...parts: string[]) => JSON.parse(await read(...parts));

/** A folder that looks like a CzP checkout to czp new: pnpm-workspace.yaml listing remotes/*. */
async function fakeWorkspace(): Promise<string> {
  const workspace = path.join(root, 'czp');
  await mkdir(path.join(workspace, 'remotes'), { recursive: true });
  await writeFile(path.join(workspace, 'pnpm-workspace.yaml'), "packages:\n  - packages/*\n  - 'remotes/*'\n");
  return workspace;
}

describe('czp new, outside the repository', () => {
  it('writes a complete remote whose metadata the server’s schema accepts', async () => {
    const result = await runCzp(['new', 'kutna-hora-zavady', ...KUTNA_HORA, '--yes'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote kutna-hora-zavady into kutna-hora-zavady/ (14 files).');
    expect(result.stdout).toContain('Its platform packages come from the npm registry.');

    const folder = path.join(root, 'kutna-hora-zavady');
    expect(await filesIn(folder)).toEqual([
      '.gitignore',
      'README.md',
      'czp.service.json',
      'index.html',
      'package.json',
      'pnpm-workspace.yaml',
      'src/app.test.tsx',
      'src/app.tsx',
      'src/messages.ts',
      'src/mocks/handlers.ts',
      'src/report.ts',
      'tsconfig.json',
      'vite.config.ts',
      'vitest.config.ts',
    ]);

    const metadata = await readJson(folder, 'czp.service.json');
    expect(serviceMetadataSchema.safeParse(metadata).success).toBe(true);
    expect(metadata).toMatchObject({
      id: 'kutna-hora-zavady',
      issuer: { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' },
      name: { cs: 'Nahlásit závadu', en: 'Report a fault' },
      category: 'municipality',
      support: { email: 'podatelna@mu.kutnahora.cz', phone: '+420 327 710 111' },
    });

    const pkg = await readJson(folder, 'package.json');
    expect(pkg.name).toBe('kutna-hora-zavady');
    expect(pkg.scripts).toMatchObject({
      dev: 'czp dev',
      build: 'vite build --configLoader runner',
      test: 'vitest run',
      check: 'czp check',
      publish: 'czp publish --build',
    });
    // The platform packages at the versions of this checkout's packages.
    const version = async (folderOf: string) => (await readJson(REPO, folderOf, 'package.json')).version;
    expect(pkg.dependencies['@czp/remote-sdk']).toBe(await version('packages/remote-sdk'));
    expect(pkg.dependencies['@czp/design-system']).toBe(await version('design-system'));
    expect(pkg.devDependencies['@czp/remote-build']).toBe(await version('packages/remote-build'));
    expect(pkg.devDependencies['@czp/cli']).toBe(await version('packages/cli'));

    expect(await read(folder, 'vite.config.ts')).toContain('export default czpRemoteConfig(import.meta.dirname);');
    expect(await read(folder, 'src/mocks/handlers.ts')).toContain("export const serviceId = 'kutna-hora-zavady';");
    const html = await read(folder, 'index.html');
    expect(html).toContain('„Nahlásit závadu“');
    expect(html).not.toMatch(/https?:\/\//);
    const readme = await read(folder, 'README.md');
    expect(readme).toContain('published by Town of Kutná Hora');
    expect(readme).toContain('come from\nthe npm registry');
    expect(JSON.parse(await read(folder, 'tsconfig.json')).compilerOptions.strict).toBe(true);
    for (const file of await filesIn(folder)) expect(await read(folder, file)).not.toContain('__CZP_');
  });

  it('takes the template’s third-party versions from this repository’s (so a new remote builds as ours do)', async () => {
    await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: root });
    const pkg = await readJson(root, 'zavady', 'package.json');
    const rootPkg = await readJson(REPO, 'package.json');
    const remotePkg = await readJson(REPO, 'remotes/pribram/package.json');
    const sdkPkg = await readJson(REPO, 'packages/remote-sdk/package.json');
    const ours: Record<string, string> = {
      ...sdkPkg.devDependencies,
      ...remotePkg.dependencies,
      ...remotePkg.devDependencies,
      ...rootPkg.devDependencies,
    };
    for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      if (name.startsWith('@czp/')) continue;
      expect({ name, spec }).toEqual({ name, spec: ours[name] });
    }
  });

  it('links the platform packages from a checkout with --platform <path>', async () => {
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--platform', REPO, '--yes'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Its platform packages are linked from ${REPO}.`);
    const pkg = await readJson(root, 'zavady', 'package.json');
    expect(pkg.dependencies['@czp/remote-sdk']).toBe(`link:${path.join(REPO, 'packages/remote-sdk')}`);
    expect(pkg.dependencies['@czp/design-system']).toBe(`link:${path.join(REPO, 'design-system')}`);
    expect(pkg.devDependencies['@czp/cli']).toBe(`link:${path.join(REPO, 'packages/cli')}`);
    expect(await read(root, 'zavady', 'README.md')).toContain(`from the CzP checkout at \`${REPO}\``);
  });

  it('refuses a --platform path that is not a CzP checkout', async () => {
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--platform', root, '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`czp: --platform ${root}: ${root} is not a CzP checkout`);
    expect(await readdir(root)).toEqual([]);
  });

  it('names every missing required value with --yes, and writes nothing', async () => {
    const result = await runCzp(['new', 'zavady', '--issuer', 'mesto-kutna-hora', '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'czp: missing --issuer-cs, --issuer-en, --ico, --support-email, --support-phone: czp new asks for them on a terminal',
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('needs the id', async () => {
    const result = await runCzp(['new', ...KUTNA_HORA, '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('czp: missing <id>');
  });

  it('checks the values as the server will, naming the option of each problem', async () => {
    const args = ['new', 'Zavady', ...KUTNA_HORA, '--ico', '123', '--support-email', 'podatelna', '--category', 'x'];
    const result = await runCzp([...args, '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('czp: <id>: A service id is 2–40 lower-case letters, digits or hyphens');
    expect(result.stderr).toContain('czp: --ico: IČO is 8 digits');
    expect(result.stderr).toContain('czp: --support-email: Technical support e-mail must be an e-mail address');
    expect(result.stderr).toContain('czp: --category: ');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a folder that is not empty, and leaves it as it was', async () => {
    await mkdir(path.join(root, 'zavady'));
    await writeFile(path.join(root, 'zavady', 'notes.txt'), 'mine');
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: root });
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toBe(
      'czp: zavady already exists and is not empty: choose another id, or empty or remove the folder\n',
    );
    expect(await readdir(path.join(root, 'zavady'))).toEqual(['notes.txt']);
  });

  it('writes into an empty folder of that name', async () => {
    await mkdir(path.join(root, 'zavady'));
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: root });
    expect(result.code).toBe(0);
    expect(await readdir(path.join(root, 'zavady'))).toContain('czp.service.json');
  });

  it('fills the values safely: quotes, HTML and Markdown stay text', async () => {
    const tricky = 'Město <b>"Kutná" Hora</b> & `spol` *';
    const result = await runCzp(
      ['new', 'zavady', ...KUTNA_HORA, '--issuer-en', tricky, '--name-cs', "Hlášení 'závad' <script>", '--yes'],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    const metadata = await readJson(root, 'zavady', 'czp.service.json');
    expect(metadata.issuer.name.en).toBe(tricky);
    expect(metadata.name.cs).toBe("Hlášení 'závad' <script>");
    const html = await read(root, 'zavady', 'index.html');
    expect(html).toContain('„Hlášení &#39;závad&#39; &lt;script&gt;“');
    expect(html).not.toContain('<script>');
    expect(await read(root, 'zavady', 'README.md')).toContain(
      'published by Město \\<b\\>"Kutná" Hora\\</b\\> & \\`spol\\` \\*',
    );
  });

  it('prints what it wrote as JSON with --json', async () => {
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ id: 'zavady', folder: path.join(root, 'zavady'), platform: 'registry' });
    expect(summary.files).toContain('src/app.tsx');
  });
});

describe('czp new installs a project of its own', () => {
  it('runs pnpm install in the new folder and prints the next steps', async () => {
    vi.stubEnv('CZP_NEW_NO_INSTALL', '');
    const { bin, calls } = await fakeManagers({ pnpm: 0, npm: 0 });
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: root, env: { PATH: bin } });
    expect(result.code, result.stderr).toBe(0);
    expect(await calls()).toEqual([`pnpm install in ${path.join(root, 'zavady')}`]);
    // The install's own output goes to stderr: stdout is czp's.
    expect(result.stderr).toBe('pnpm says hello\n');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('Installed its dependencies (pnpm install).');
    expect(lines.slice(lines.indexOf('Next:') + 1).map((line) => line.split('#')[0]?.trim())).toEqual([
      'cd zavady',
      'pnpm dev',
      'pnpm check',
      'pnpm run publish',
    ]);
  });

  it('uses npm without pnpm, and says when the install failed (exit 1, the files kept)', async () => {
    vi.stubEnv('CZP_NEW_NO_INSTALL', '');
    const { bin, calls } = await fakeManagers({ npm: 7 });
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: root, env: { PATH: bin } });
    expect(await calls()).toEqual([`npm install in ${path.join(root, 'zavady')}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'czp: the files are written, but the install did not succeed (npm install exited with 7): fix what it printed above, then run npm install in zavady',
    );
    expect(result.stdout).toContain('  npm install');
    expect(await readdir(path.join(root, 'zavady'))).toContain('czp.service.json');
  });

  it('only writes the files with CZP_NEW_NO_INSTALL=1, and says to install', async () => {
    const { bin, calls } = await fakeManagers({ pnpm: 0 });
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], {
      cwd: root,
      env: { PATH: bin, CZP_NEW_NO_INSTALL: '1' },
    });
    expect(result.code).toBe(0);
    expect(await calls()).toEqual([]);
    expect(result.stdout).not.toContain('Installing');
    expect(result.stdout).toContain('  pnpm install');
  });
});

describe('czp new, inside the repository', () => {
  it('writes remotes/<id> from the root, with workspace:* and the repository’s compiler options', async () => {
    const workspace = await fakeWorkspace();
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: workspace });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote zavady into remotes/zavady/ (13 files).');
    expect(result.stdout).toContain('pnpm --filter @czp/remote-zavady dev');
    const folder = path.join(workspace, 'remotes', 'zavady');
    const files = await filesIn(folder);
    expect(files).not.toContain('pnpm-workspace.yaml');
    const pkg = await readJson(folder, 'package.json');
    expect(pkg.name).toBe('@czp/remote-zavady');
    for (const name of ['@czp/remote-sdk', '@czp/design-system']) expect(pkg.dependencies[name]).toBe('workspace:*');
    for (const name of ['@czp/remote-build', '@czp/cli']) expect(pkg.devDependencies[name]).toBe('workspace:*');
    expect(await readJson(folder, 'tsconfig.json')).toMatchObject({ extends: '../../tsconfig.base.json' });
    expect(await read(folder, 'README.md')).toContain('(`workspace:*`)');
  });

  it('writes remotes/<id> from remotes/ too', async () => {
    const workspace = await fakeWorkspace();
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: path.join(workspace, 'remotes') });
    expect(result.code).toBe(0);
    expect(await readdir(path.join(workspace, 'remotes', 'zavady'))).toContain('czp.service.json');
  });

  it('refuses another folder of the repository, unless the platform is named', async () => {
    const workspace = await fakeWorkspace();
    const elsewhere = path.join(workspace, 'docs');
    await mkdir(elsewhere);
    const refused = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--yes'], { cwd: elsewhere });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('czp: inside the CzP repository a new remote goes into remotes/');
    const own = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--platform', 'registry', '--yes'], { cwd: elsewhere });
    expect(own.code).toBe(0);
    expect((await readJson(elsewhere, 'zavady', 'package.json')).dependencies['@czp/remote-sdk']).not.toBe(
      'workspace:*',
    );
  });

  it('refuses --platform workspace outside a checkout', async () => {
    const result = await runCzp(['new', 'zavady', ...KUTNA_HORA, '--platform', 'workspace', '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`czp: --platform workspace: ${root} is not inside a CzP checkout`);
  });
});

describe('czp new on a terminal', () => {
  function context(cwd: string, args: string[], options: ParsedOptions): { context: CommandContext; output: string[] } {
    const output: string[] = [];
    const io: CliIo = { stdout: { write: () => 0 }, stderr: { write: () => 0 }, env: {}, cwd };
    return {
      output,
      context: {
        io,
        args,
        options,
        json: false,
        server: 'http://localhost:8080',
        client: () => {
          throw new Error('no client');
        },
        print: (line = '') => void output.push(line),
        printJson: (value) => void output.push(JSON.stringify(value)),
      },
    };
  }

  /** A terminal that answers the questions in order, and records them and what czp said. */
  function terminal(answers: string[]) {
    const asked: string[] = [];
    const said: string[] = [];
    let closed = false;
    return {
      asked,
      said,
      closed: () => closed,
      prompter: () => ({
        ask: async (question: string) => {
          asked.push(question);
          const answer = answers.shift();
          if (answer === undefined) throw new Error(`no answer for ${question}`);
          return answer;
        },
        say: (line: string) => void said.push(line),
        close: () => {
          closed = true;
        },
      }),
    };
  }

  it('asks for what the options do not give, offers the defaults, and asks again after a wrong answer', async () => {
    const term = terminal([
      'mesto-kutna-hora',
      'Město Kutná Hora',
      'Town of Kutná Hora',
      '1234',
      '00236195',
      '',
      'Report a fault in Kutná Hora',
      '',
      'podatelna@mu.kutnahora.cz',
      '+420 327 710 111',
    ]);
    const { context: ctx, output } = context(root, ['zavady'], {});
    await createNewCommand({ prompter: term.prompter }).run(ctx);
    expect(term.asked).toEqual([
      'Issuer id (e.g. mesto-kutna-hora): ',
      'Issuer’s name in Czech (e.g. Město Kutná Hora): ',
      'Issuer’s name in English (e.g. Town of Kutná Hora): ',
      'Issuer’s IČO (8 digits): ',
      'Issuer’s IČO (8 digits): ',
      'Service name in Czech [Nahlásit závadu]: ',
      'Service name in English [Report a fault]: ',
      'Catalogue category (municipality, ministry, portal, health, social, business) [municipality]: ',
      'Technical support e-mail: ',
      'Technical support phone (e.g. +420 327 710 111): ',
    ]);
    expect(term.said).toEqual(['  IČO is 8 digits']);
    expect(term.closed()).toBe(true);
    expect(output[0]).toBe('Wrote zavady into zavady/ (14 files).');
    const metadata = await readJson(root, 'zavady', 'czp.service.json');
    expect(metadata).toMatchObject({
      issuer: { ico: '00236195' },
      name: { cs: 'Nahlásit závadu', en: 'Report a fault in Kutná Hora' },
      category: 'municipality',
    });
  });

  it('gives up on a field after three wrong answers, naming it', async () => {
    const term = terminal(['Mesto', 'mesto kutna', '-']);
    const { context: ctx } = context(root, ['zavady'], {});
    const failure = createNewCommand({ prompter: term.prompter }).run(ctx);
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(/^--issuer: A service id is/);
    expect(term.closed()).toBe(true);
    expect(await readdir(root)).toEqual([]);
  });

  it('asks nothing with --yes', async () => {
    const term = terminal([]);
    const { context: ctx } = context(root, ['zavady'], { yes: true, issuer: 'mesto-kutna-hora' });
    await expect(createNewCommand({ prompter: term.prompter }).run(ctx)).rejects.toThrow(/^missing --issuer-cs/);
    expect(term.asked).toEqual([]);
  });

  it('asks nothing that an option gives', async () => {
    const term = terminal(['', '', '']);
    const options: ParsedOptions = {
      issuer: 'mesto-kutna-hora',
      'issuer-cs': 'Město Kutná Hora',
      'issuer-en': 'Town of Kutná Hora',
      ico: '00236195',
      'support-email': 'podatelna@mu.kutnahora.cz',
      'support-phone': '+420 327 710 111',
    };
    const { context: ctx } = context(root, ['zavady'], options);
    await createNewCommand({ prompter: term.prompter }).run(ctx);
    expect(term.asked.map((question) => question.split(' [')[0])).toEqual([
      'Service name in Czech',
      'Service name in English',
      'Catalogue category (municipality, ministry, portal, health, social, business)',
    ]);
  });

  it('a refusal of the folder is a CliError (exit 1), not a usage error', async () => {
    await writeFile(path.join(root, 'zavady'), 'a file');
    const { context: ctx } = context(root, ['zavady'], { yes: true });
    const failure = createNewCommand().run({ ...ctx, options: { ...ctx.options, ...Object.fromEntries(pairs()) } });
    await expect(failure).rejects.toThrow(CliError);
    await expect(failure).rejects.toThrow('zavady already exists and is not a folder: choose another id');
  });
});

/** KUTNA_HORA as option name → value. */
function pairs(): [string, string][] {
  const result: [string, string][] = [];
  for (let index = 0; index < KUTNA_HORA.length; index += 2) {
    result.push([(KUTNA_HORA[index] ?? '').slice(2), KUTNA_HORA[index + 1] ?? '']);
  }
  return result;
}
