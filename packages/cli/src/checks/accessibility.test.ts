import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityCheck, checkAccessibility } from './accessibility.js';
import type { CheckContext } from './types.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
const pribram = path.join(repo, 'remotes/pribram');

function hasChromium(): boolean {
  try {
    chromiumLaunchOptions();
    return true;
  } catch {
    return false;
  }
}

describe('the accessibility check without Chromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('is skipped, saying how to get Chromium, not failed', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    const context = { folder: { dir: pribram, serviceId: 'pribram' } } as unknown as CheckContext;
    expect(await accessibilityCheck.run(context)).toEqual({
      status: 'skip',
      message: expect.stringMatching(/Chromium not found at \/nowhere\/chromium: install it .* or set CHROMIUM_PATH/),
    });
  });
});

/** A remote with what axe refuses: a text field without a label, an image without a text alternative. */
const INACCESSIBLE_APP = `import { defineRemote } from '@czp/remote-sdk';

function Form() {
  return (
    <div>
      <h2>Hlášení</h2>
      <input type="text" />
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
    </div>
  );
}

export default defineRemote(Form);
`;

describe.skipIf(!hasChromium())('the accessibility check on a remote with violations', () => {
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(path.join(repo, 'design-system/dist/gov.css'))) {
      execFileSync(process.execPath, [path.join(repo, 'design-system/scripts/build-gov-css.mjs')]);
    }
    // Příbram's metadata and installed libraries (linked one by one, so Vite's cache stays in this folder).
    dir = await mkdtemp(path.join(tmpdir(), 'czp-a11y-'));
    await mkdir(path.join(dir, 'src'));
    await mkdir(path.join(dir, 'node_modules', '@czp'), { recursive: true });
    await writeFile(path.join(dir, 'czp.service.json'), await readFile(path.join(pribram, 'czp.service.json')));
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'a11y-fixture', type: 'module' }));
    await writeFile(path.join(dir, 'src', 'app.tsx'), INACCESSIBLE_APP);
    for (const name of ['react', 'react-dom']) {
      await symlink(path.join(pribram, 'node_modules', name), path.join(dir, 'node_modules', name));
    }
    for (const name of await readdir(path.join(pribram, 'node_modules', '@czp'))) {
      await symlink(path.join(pribram, 'node_modules', '@czp', name), path.join(dir, 'node_modules', '@czp', name));
    }
  });
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('fails with the violated rules in each language', async () => {
    const result = await checkAccessibility({ remoteDir: dir, serviceId: 'pribram' });
    expect(result.status).toBe('failed');
    if (result.status === 'skipped') return;
    expect(result.languages.map((language) => language.locale)).toEqual(['cs', 'en']);
    for (const language of result.languages) {
      expect(language.mounted).toBe(true);
      expect(language.violations.map((violation) => violation.rule)).toEqual(
        expect.arrayContaining(['image-alt', 'label']),
      );
    }
  }, 30_000);
});
