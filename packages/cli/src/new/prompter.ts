import { createInterface } from 'node:readline/promises';
import { UsageError } from '../errors.js';
import type { Prompter } from './answers.js';

interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

function stopped(): UsageError {
  return new UsageError('stopped before every answer was given: nothing was written');
}

/**
 * Questions on the terminal through node:readline, or null when the input is not a terminal (a pipe, CI): then czp new
 * takes only what the command line gives. The interface is opened on the first question and closed by `close()`.
 */
export function terminalPrompter(
  terminal: Terminal = { input: process.stdin, output: process.stdout },
): (Prompter & { close(): void }) | null {
  if (!terminal.input.isTTY) return null;
  let readline: ReturnType<typeof createInterface> | undefined;
  return {
    async ask(question) {
      readline ??= createInterface({ input: terminal.input, output: terminal.output });
      const open = readline;
      // The input closed (Ctrl+D, the end of what was piped in) or Ctrl+C while asked: the person stopped.
      let onClose = () => {};
      const closed = new Promise<never>((_, reject) => {
        onClose = () => reject(stopped());
        open.once('close', onClose);
      });
      try {
        return await Promise.race([open.question(question), closed]);
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw stopped();
        throw error;
      } finally {
        open.off('close', onClose);
      }
    },
    say(line) {
      terminal.output.write(`${line}\n`);
    },
    close() {
      readline?.close();
    },
  };
}
