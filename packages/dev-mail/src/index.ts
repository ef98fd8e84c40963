/**
 * @czp/dev-mail: the development mail catcher. An SMTP server and an SMS sink keep what the portal sends in memory and
 * show it in a small web inbox. The portal's start.ts runs it outside production when no CZP_SMTP_URL is set.
 */
export type { CaughtEmail, CaughtMessages, CaughtSms } from './inbox.js';
export { type DevMail, type DevMailOptions, startDevMail } from './server.js';
