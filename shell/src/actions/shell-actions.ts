import type { Locale } from '@czp/contract';
import { createContext, useContext } from 'react';
import type { PortalApi } from '../api/api-client.js';
import type { PortalStores } from '../state/portal-store.js';

/**
 * What the frame's components may ask of the shell, so they stay free of single-spa, fetch and the DOM. Each area
 * implements its own verbs beside its state (account/, services/, catalogue/, preferences/); createShellActions
 * composes them.
 */
export interface ShellActions {
  navigate(href: string): void;
  retry(serviceId: string): void;
  /** Sends a failure report for a service; resolves to whether the server took it. */
  report(serviceId: string): Promise<boolean>;
  setLocale(locale: Locale): void | Promise<void>;
  /** Records the first-login consent; resolves to whether the server took it. */
  saveConsent(consent: 'given' | 'declined'): Promise<boolean>;
  /** "Stay logged in": restarts the session's idle clock on the server. */
  extendSession(): Promise<boolean>;
  /** Ends the session (here and at the identity provider). */
  logout(): void;
  /** The session's time is up: the frame shows its signed-out state. */
  sessionEnded(): void;
  /** Adds a service to the citizen's services (at a position: undo of a removal); resolves to success. */
  addService(serviceId: string, position?: number): Promise<boolean>;
  removeService(serviceId: string): Promise<boolean>;
  /** A new order of the citizen's services. */
  reorderServices(serviceIds: string[]): Promise<boolean>;
}

/**
 * Everything the actions touch besides the stores: the browser gives the real ones (entry-client.tsx), the server
 * render one that does nothing and refuses every call (entry-server.tsx), component tests a fake portal API
 * (test/fake-actions.ts).
 */
export interface ShellEnvironment {
  stores: PortalStores;
  api: Pick<PortalApi, 'send'>;
  /** A client-side navigation (single-spa's, in the browser). */
  navigate(href: string): void;
  /** Loads a service's remote afresh after it failed. */
  retryService(serviceId: string): Promise<void>;
  /** The page, for the logout form and the preference cookies; null where there is none (the server render). */
  document: Document | null;
}

export const ShellActionsContext = createContext<ShellActions | null>(null);

export function useShellActions(): ShellActions {
  const actions = useContext(ShellActionsContext);
  if (!actions) throw new Error('The frame must be rendered inside <ShellActionsContext.Provider>');
  return actions;
}
