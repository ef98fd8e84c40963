import type { HostApi, HostState, RemoteProps } from '@czp/contract';
import { createContext, useContext, useSyncExternalStore } from 'react';

/** The remote's view of the shell: its props, reachable from any component of the remote. */
export const RemoteContext = createContext<RemoteProps | null>(null);

export function useRemoteProps(): RemoteProps {
  const props = useContext(RemoteContext);
  if (!props) throw new Error('useRemoteProps() must be used inside a component rendered by defineRemote()');
  return props;
}

export function useHost(): HostApi {
  return useRemoteProps().host;
}

/** The current host state (locale, signed-in person); re-renders when the shell changes it. */
export function useHostState(): HostState {
  const { state } = useHost();
  return useSyncExternalStore(state.subscribe, state.getState, state.getState);
}
