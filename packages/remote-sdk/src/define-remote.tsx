import type { RemoteLifecycles, RemoteProps } from '@czp/contract';
import React, { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { RemoteContext } from './host-context.js';

interface CrashGuardProps {
  onCrash: (error: unknown) => void;
  children: ReactNode;
}

/** Hands a render error to the shell, which swaps in its fallback; renders nothing meanwhile. */
class CrashGuard extends Component<CrashGuardProps, { crashed: boolean }> {
  override state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  override componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onCrash(error);
  }
  override render() {
    return this.state.crashed ? null : this.props.children;
  }
}

/**
 * Turns a remote's root component into the single-spa lifecycles the shell mounts.
 * The root gets no props: it reads the host through hooks (useHostState, useHost).
 */
export function defineRemote(Root: ComponentType): RemoteLifecycles {
  function Wrapped(props: RemoteProps) {
    return (
      <RemoteContext.Provider value={props}>
        <CrashGuard onCrash={(error) => props.host.reportCrash(error)}>
          <Root />
        </CrashGuard>
      </RemoteContext.Provider>
    );
  }
  const lifecycles = singleSpaReact<RemoteProps>({
    React,
    ReactDOMClient: { createRoot },
    rootComponent: Wrapped,
    renderType: 'createRoot',
    // CrashGuard below is the error boundary; single-spa-react cannot see it from outside.
    suppressComponentDidCatchWarning: true,
  });
  // single-spa-react types props as its own AppProps; the contract's RemoteProps are what the shell passes.
  return lifecycles as unknown as RemoteLifecycles;
}
