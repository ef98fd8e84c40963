import type { cs } from './messages.cs.js';
import type { accountCs } from './pages/account.cs.js';
import type { catalogueCs } from './pages/catalogue.cs.js';
import type { homeCs } from './pages/home.cs.js';
import type { infoCs } from './pages/info.cs.js';
import type { notFoundCs } from './pages/not-found.cs.js';
import type { notificationsCs } from './pages/notifications.cs.js';
import type { sectionCs } from './pages/section.cs.js';

/**
 * The Czech tables that define the shell's keys: the frame's (`messages.cs.ts`, the first load) and each page chunk's
 * own (`pages/*.cs.ts`). Every other language has every key of all of them in one table.
 */
export type CzechTables = {
  frame: typeof cs;
  account: typeof accountCs;
  catalogue: typeof catalogueCs;
  home: typeof homeCs;
  info: typeof infoCs;
  notFound: typeof notFoundCs;
  notifications: typeof notificationsCs;
  section: typeof sectionCs;
};

/** A key of the shell's messages: one of the Czech tables defines it, every other table has each one. */
export type ShellMessageKey = { [T in keyof CzechTables]: keyof CzechTables[T] }[keyof CzechTables];

/** The Czech strings of a page chunk: only keys the shell defines (a typo is a type error, not a missing text). */
export type PageMessages = Partial<Record<ShellMessageKey, string>>;
