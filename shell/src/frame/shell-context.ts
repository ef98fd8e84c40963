import { createContext, useContext } from 'react';
import type { ShellTranslator } from '../i18n/messages.js';

/** What the frame's components may ask of the shell, so they stay free of single-spa and fetch. */
export interface ShellActions {
  navigate(href: string): void;
  retry(serviceId: string): void;
  /** Sends a failure report for a service; resolves to whether the server took it. */
  report(serviceId: string): Promise<boolean>;
  setLocale(locale: 'cs' | 'en'): void | Promise<void>;
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

export const ShellActionsContext = createContext<ShellActions | null>(null);

export function useShellActions(): ShellActions {
  const actions = useContext(ShellActionsContext);
  if (!actions) throw new Error('The frame must be rendered inside <ShellActionsContext.Provider>');
  return actions;
}

export const TranslatorContext = createContext<ShellTranslator | null>(null);

export function useT(): ShellTranslator {
  const t = useContext(TranslatorContext);
  if (!t) throw new Error('The frame must be rendered inside <TranslatorContext.Provider>');
  return t;
}
