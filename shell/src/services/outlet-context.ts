import { createContext, useCallback, useContext } from 'react';
import type { OutletRegistry } from './outlet-registry.js';

export const OutletContext = createContext<OutletRegistry | null>(null);

/** A callback ref that tells the registry where this service's remote may render. */
export function useOutletRef(serviceId: string): (element: HTMLDivElement | null) => void {
  const outlets = useContext(OutletContext);
  return useCallback((element: HTMLDivElement | null) => outlets?.set(serviceId, element), [outlets, serviceId]);
}
