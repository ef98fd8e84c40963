import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderLabel, isSemver, readRemoteFolder, resolveServiceId } from './remote-folder.js';
import { createRemote, type RemoteFixture, removeRemote, SERVICE_JSON } from './testing.js';

let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

describe('readRemoteFolder', () => {
  it('reads the service id, the version and the metadata text', async () => {
    fixture = await createRemote();
    const folder = await readRemoteFolder('remotes/telc', fixture.root);
    expect(folder).toMatchObject({ label: 'remotes/telc', serviceId: 'telc', version: '1.1.0', distDir: fixture.dist });
    expect(JSON.parse(folder.metadataText)).toEqual(SERVICE_JSON);
  });

  it('defaults to the current folder', async () => {
    fixture = await createRemote();
    const folder = await readRemoteFolder(undefined, fixture.dir);
    expect(folder).toMatchObject({ dir: fixture.dir, label: 'telc', serviceId: 'telc' });
  });

  it('names a folder that does not exist', async () => {
    fixture = await createRemote();
    await expect(readRemoteFolder('remotes/nope', fixture.root)).rejects.toThrow('remotes/nope does not exist');
  });

  it('refuses a folder without czp.service.json', async () => {
    fixture = await createRemote();
    await rm(path.join(fixture.dir, 'czp.service.json'));
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc has no czp.service.json',
    );
  });

  it('refuses czp.service.json that is not JSON or has no id', async () => {
    fixture = await createRemote();
    await writeFile(path.join(fixture.dir, 'czp.service.json'), '{ "id": ');
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/czp.service.json is not valid JSON',
    );
    await writeFile(path.join(fixture.dir, 'czp.service.json'), '{ "name": "Telč" }');
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/czp.service.json has no "id"',
    );
  });

  it('refuses a folder without package.json', async () => {
    fixture = await createRemote();
    await rm(path.join(fixture.dir, 'package.json'));
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow('remotes/telc has no package.json');
  });

  it('refuses a version that is missing or not semver', async () => {
    fixture = await createRemote({ version: '1.0' });
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/package.json: the version "1.0" is not a semver version',
    );
    await writeFile(path.join(fixture.dir, 'package.json'), '{ "name": "x" }');
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/package.json has no "version"',
    );
  });

  it('refuses a folder that is not built', async () => {
    fixture = await createRemote();
    await rm(fixture.dist, { recursive: true });
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc has no dist/: run `pnpm build` first',
    );
  });

  it('refuses a dist/ without mf-manifest.json or remoteEntry.js', async () => {
    fixture = await createRemote();
    await rm(path.join(fixture.dist, 'remoteEntry.js'));
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/dist has no remoteEntry.js',
    );
    await rm(path.join(fixture.dist, 'mf-manifest.json'));
    await expect(readRemoteFolder('remotes/telc', fixture.root)).rejects.toThrow(
      'remotes/telc/dist has no mf-manifest.json',
    );
  });
});

describe('resolveServiceId', () => {
  it('takes --service as it is, or reads only czp.service.json', async () => {
    fixture = await createRemote();
    await rm(fixture.dist, { recursive: true });
    expect(await resolveServiceId(undefined, 'znojmo', fixture.root)).toBe('znojmo');
    expect(await resolveServiceId('remotes/telc', undefined, fixture.root)).toBe('telc');
  });
});

describe('helpers', () => {
  it('checks semver versions', () => {
    for (const good of ['1.0.0', '0.1.0', '1.2.3-rc.1', '1.2.3+build.5']) expect(isSemver(good)).toBe(true);
    for (const bad of ['1.0', 'v1.0.0', '01.0.0', '1.0.0-', '']) expect(isSemver(bad)).toBe(false);
  });

  it('labels folders relative to cwd', () => {
    expect(folderLabel('/repo/remotes/telc', '/repo')).toBe('remotes/telc');
    expect(folderLabel('/repo/remotes/telc', '/repo/remotes/telc')).toBe('telc');
    expect(folderLabel('/elsewhere/telc', '/repo')).toBe('/elsewhere/telc');
  });
});
