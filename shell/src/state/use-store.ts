import type { HostState } from '@czp/contract';
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PortalState, PortalStores } from './portal-store.js';

export const StoresContext = createContext<PortalStores | null>(null);

export function useStores(): PortalStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('The frame must be rendered inside <StoresContext.Provider>');
  return stores;
}

export function usePortal<T>(selector: (state: PortalState) => T): T {
  return useStore(useStores().portal, selector);
}

export function useHostStore<T>(selector: (state: HostState) => T): T {
  return useStore(useStores().host, selector);
}
