/** The pages of logging in and out and the consent: one chunk, loaded when one of them is first shown. */
import { addShellMessages } from '../i18n/messages.js';
import { accountCs } from '../i18n/pages/account.cs.js';

export { ConsentPage } from './ConsentPage.js';
export { LoggedOutPage } from './LoggedOutPage.js';
export { LoginPage } from './LoginPage.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(accountCs);
