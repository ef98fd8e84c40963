/** The settings menu's short pages (accessibility, cookies, support): one chunk, loaded when one is first shown. */
export { AccessibilityPage } from './accessibility/AccessibilityPage.js';
export { CookiesPage } from './cookies/CookiesPage.js';
export { SupportPage } from './support/SupportPage.js';
