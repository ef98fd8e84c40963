/** The settings menu's short pages (accessibility, cookies, support): one chunk, loaded when one is first shown. */
import { addShellMessages } from '../i18n/messages.js';
import { infoCs } from '../i18n/pages/info.cs.js';

export { AccessibilityPage } from './accessibility/AccessibilityPage.js';
export { CookiesPage } from './cookies/CookiesPage.js';
export { SupportPage } from './support/SupportPage.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(infoCs);
