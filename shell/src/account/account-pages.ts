/** The pages of logging in and out and the consent: one chunk, loaded when one of them is first shown. */
export { ConsentPage } from './ConsentPage.js';
export { LoggedOutPage } from './LoggedOutPage.js';
export { LoginPage } from './LoginPage.js';
