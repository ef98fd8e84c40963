import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalPrompter } from './prompter.js';

function streams(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), { isTTY });
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  return { input, output, written: () => written };
}

describe('terminalPrompter', () => {
  it('is null when the input is not a terminal (a pipe, CI)', () => {
    const { input, output } = streams(false);
    expect(terminalPrompter({ input, output })).toBeNull();
  });

  it('asks on the terminal and resolves the typed line', async () => {
    const terminal = streams(true);
    const prompter = terminalPrompter(terminal);
    if (!prompter) throw new Error('expected a prompter');
    const answer = prompter.ask('Issuer id: ');
    terminal.input.write('mesto-kutna-hora\n');
    expect(await answer).toBe('mesto-kutna-hora');
    prompter.say('  IČO is 8 digits');
    prompter.close();
    expect(terminal.written()).toContain('Issuer id: ');
    expect(terminal.written()).toContain('  IČO is 8 digits\n');
  });

  it('says that nothing was written when the person stops (Ctrl+D, Ctrl+C)', async () => {
    const terminal = streams(true);
    const prompter = terminalPrompter(terminal);
    if (!prompter) throw new Error('expected a prompter');
    const answer = prompter.ask('Issuer id: ');
    terminal.input.end();
    await expect(answer).rejects.toThrow('stopped before every answer was given: nothing was written');
    prompter.close();
  });
});
