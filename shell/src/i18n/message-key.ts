import type { cs } from './messages.cs.js';

/** A key of the shell's messages: the Czech table defines them, every other table has each one. */
export type ShellMessageKey = keyof typeof cs;
