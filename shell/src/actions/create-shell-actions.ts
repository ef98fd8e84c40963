import { accountActions } from '../account/account-actions.js';
import { myServicesActions } from '../catalogue/my-services-actions.js';
import { localeActions } from '../preferences/locale.js';
import { serviceActions } from '../services/service-actions.js';
import type { ShellActions, ShellEnvironment } from './shell-actions.js';

/** The shell's actions over an environment: the one implementation the browser, the server render and tests use. */
export function createShellActions(env: ShellEnvironment): ShellActions {
  return {
    navigate: (href) => env.navigate(href),
    ...serviceActions(env),
    ...accountActions(env),
    ...myServicesActions(env),
    ...localeActions(env),
  };
}
