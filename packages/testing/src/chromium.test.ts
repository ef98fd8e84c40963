import { afterEach, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.js';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('chromiumLaunchOptions', () => {
  it('launches the browser CHROMIUM_PATH names, headless and off the network', () => {
    process.env.CHROMIUM_PATH = process.execPath;
    const options = chromiumLaunchOptions();
    expect(options.executablePath).toBe(process.execPath);
    expect(options.args).toEqual(expect.arrayContaining(['--headless', '--disable-background-networking']));
  });

  it('says how to get Chromium when it is missing', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    expect(() => chromiumLaunchOptions()).toThrow(/Chromium not found at \/nowhere\/chromium: .*CHROMIUM_PATH/);
  });
});
