import type { ShellActions, ShellEnvironment } from '../actions/shell-actions.js';
import { endSession, setSession } from '../state/portal-store.js';
import { sessionViewOf } from './session-view.js';

/** The citizen's session: the first-login consent, "stay logged in", logging out, and its end. */
export function accountActions({
  stores,
  api,
  document,
}: ShellEnvironment): Pick<ShellActions, 'saveConsent' | 'extendSession' | 'logout' | 'sessionEnded'> {
  return {
    async saveConsent(consent) {
      try {
        const response = await api.send('POST', '/api/consent', { consent });
        if (!response.ok) return false;
        setSession(stores, { ...stores.portal.getState().session, consent });
        return true;
      } catch {
        return false;
      }
    },
    async extendSession() {
      try {
        const response = await api.send('POST', '/api/session/extend');
        if (!response.ok) return false;
        setSession(stores, sessionViewOf(await response.json()) ?? stores.portal.getState().session);
        return true;
      } catch {
        return false;
      }
    },
    logout() {
      if (!document) return;
      // The same plain form the header has, so the server's redirect to the identity provider is followed.
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/auth/logout';
      const token = document.createElement('input');
      token.type = 'hidden';
      token.name = '_csrf';
      token.value = stores.portal.getState().csrfToken;
      form.append(token);
      document.body.append(form);
      form.submit();
    },
    sessionEnded: () => endSession(stores),
  };
}
