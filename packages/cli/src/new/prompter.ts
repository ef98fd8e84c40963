import { createInterface } from 'node:readline/promises';
import type { Prompter } from './answers.js';

interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
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
    ask(question) {
      readline ??= createInterface({ input: terminal.input, output: terminal.output });
      return readline.question(question);
    },
    say(line) {
      terminal.output.write(`${line}\n`);
    },
    close() {
      readline?.close();
    },
  };
}
