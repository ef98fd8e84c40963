import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePort, readDevFolder } from '../dev/dev-folder.js';
import { runCzp } from '../testing.js';

const preview = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('../dev/portal-preview.js', () => ({ previewInPortal: preview }));

const start = vi.hoisted(() => vi.fn());
vi.mock('../dev/emulator-server.js', () => ({ startEmulatorServer: start }));

const METADATA = {
  id: 'kutna-hora',
  issuer: { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' },
  name: { cs: 'Hlášení závad', en: 'Report a fault' },
  description: { cs: 'Nahlaste závadu ve městě.', en: 'Report a fault in the town.' },
  category: 'municipality',
  support: { email: 'podatelna@mu.kutnahora.cz', phone: '+420 327 710 111' },
};

let root: string;
let dir: string;

async function remote(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-dev-'));
  dir = path.join(root, 'remotes', 'kutna-hora');
  await mkdir(dir, { recursive: true });
  preview.mockClear();
  start.mockReset();
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('czp dev: the remote’s folder', () => {
  it('refuses a folder that does not exist', async () => {
    const result = await runCzp(['dev', 'remotes/nowhere'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('czp: remotes/nowhere does not exist');
  });

  it('refuses a folder without czp.service.json, saying how to start a remote', async () => {
    await remote({ 'src/app.tsx': 'export default {}' });
    const result = await runCzp(['dev', 'remotes/kutna-hora'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('remotes/kutna-hora has no czp.service.json');
    expect(result.stderr).toContain('czp new <id>');
    expect(start).not.toHaveBeenCalled();
  });

  it('refuses a folder without src/app.tsx', async () => {
    await remote({ 'czp.service.json': JSON.stringify(METADATA) });
    const result = await runCzp(['dev', 'remotes/kutna-hora'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('remotes/kutna-hora has no src/app.tsx');
    expect(result.stderr).toContain('defineRemote');
  });

  it('names the field of czp.service.json the portal would refuse', async () => {
    await remote({
      'czp.service.json': JSON.stringify({ ...METADATA, support: { ...METADATA.support, email: 'nope' } }),
      'src/app.tsx': '',
    });
    await expect(readDevFolder('remotes/kutna-hora', root)).rejects.toMatchObject({
      field: 'support.email',
      message: expect.stringContaining('remotes/kutna-hora/czp.service.json:'),
    });
    await remote({ 'czp.service.json': '{ not json' });
    await expect(readDevFolder('remotes/kutna-hora', root)).rejects.toThrow(/is not valid JSON/);
  });

  it('reads the metadata of a remote’s folder (the current folder by default)', async () => {
    await remote({ 'czp.service.json': JSON.stringify(METADATA), 'src/app.tsx': '' });
    const folder = await readDevFolder(undefined, dir);
    expect(folder).toMatchObject({ dir, label: 'kutna-hora', metadata: { id: 'kutna-hora' } });
  });
});

describe('czp dev: options', () => {
  it('takes a port from 1 to 65535 and refuses anything else as a usage error', async () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('5190')).toBe(5190);
    for (const bad of ['0', '65536', '51.9', 'abc', '-1']) {
      expect(() => parsePort(bad), bad).toThrow(/--port must be a whole number from 1 to 65535/);
    }
    const result = await runCzp(['dev', '--port', 'abc'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Run `czp dev --help` for usage.');
  });

  it('refuses options of other commands', async () => {
    const result = await runCzp(['dev', '--yes'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--yes does not apply to czp dev');
  });

  it('with --portal, previews in that portal instead of starting the emulator', async () => {
    const result = await runCzp(['dev', 'remotes/kutna-hora', '--portal', 'http://localhost:8080', '--port', '5174'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(preview).toHaveBeenCalledWith(expect.objectContaining({ dir, portal: 'http://localhost:8080', port: 5174 }));
    expect(start).not.toHaveBeenCalled();
  });

  it('says when the port is taken', async () => {
    await remote({ 'czp.service.json': JSON.stringify(METADATA), 'src/app.tsx': '' });
    start.mockRejectedValue(new Error('Port 5190 is already in use'));
    const result = await runCzp(['dev', 'remotes/kutna-hora', '--port', '5190'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('port 5190 is in use: choose another with --port <port>');
    expect(start).toHaveBeenCalledWith(
      expect.objectContaining({ remoteDir: dir, serviceId: 'kutna-hora', port: 5190 }),
    );
  });

  it('lists its options in its help', async () => {
    const result = await runCzp(['dev', '--help'], { cwd: root });
    expect(result.stdout).toContain('czp dev [dir] [--port <port>]');
    expect(result.stdout).toContain('--portal <url>');
  });
});
