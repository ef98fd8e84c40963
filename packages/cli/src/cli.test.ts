import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { MISSING_TOKEN, parseCommandLine } from './cli.js';
import { runCzp } from './testing.js';

describe('czp', () => {
  it('prints usage with --help and exits 0', async () => {
    const result = await runCzp(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: czp <command> [options]');
    for (const command of ['publish', 'versions', 'activate', 'withdraw', 'tokens', 'audit', 'pack']) {
      expect(result.stdout).toContain(`  ${command} `);
    }
    expect(result.stdout).toContain('CZP_TOKEN');
  });

  it('prints a command’s help with <command> --help, even without a token', async () => {
    const result = await runCzp(['publish', '--help'], { env: { CZP_TOKEN: undefined } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: czp publish [dir] [--no-activate]');
    expect(result.stdout).toContain('--no-activate');
  });

  it('prints its version', async () => {
    const result = await runCzp(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('prints usage to stderr and exits 2 without a command', async () => {
    const result = await runCzp([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: czp <command>');
  });

  it('exits 2 with a clear message when the token is missing', async () => {
    for (const command of [['versions', '--service', 'telc'], ['tokens', 'list'], ['audit']]) {
      const result = await runCzp(command, { env: { CZP_TOKEN: undefined } });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`czp: ${MISSING_TOKEN}\n`);
      expect(result.stdout).toBe('');
    }
    expect((await runCzp(['audit'], { env: { CZP_TOKEN: '  ' } })).code).toBe(2);
  });

  it('exits 2 on an unknown command, an unknown option, a misplaced option and too many arguments', async () => {
    const unknownCommand = await runCzp(['deploy']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('czp: unknown command "deploy"');

    const unknownOption = await runCzp(['versions', '--force']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('czp: unknown option --force');
    expect(unknownOption.stderr).toContain('Run `czp versions --help` for usage.');

    const misplaced = await runCzp(['versions', '--yes']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--yes does not apply to czp versions');

    const missingValue = await runCzp(['versions', '--service']);
    expect(missingValue.code).toBe(2);
    expect(missingValue.stderr).toContain('--service needs a value');

    const tooMany = await runCzp(['publish', 'a', 'b']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('too many arguments for czp publish: b');
  });

  it('exits 2 on a server that is not an http(s) URL', async () => {
    const result = await runCzp(['audit', '--server', 'ftp://portal.test']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not an http(s) URL');
  });

  it('accepts global options before the command', () => {
    const parsed = parseCommandLine(['--server', 'http://x.test', '--json', 'activate', '1.0.0', '--service', 'telc']);
    expect(parsed.command?.name).toBe('activate');
    expect(parsed.args).toEqual(['1.0.0']);
    expect(parsed.options).toMatchObject({ server: 'http://x.test', json: true, service: 'telc' });
  });
});
