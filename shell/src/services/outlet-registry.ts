/**
 * Where each service's remote renders. The frame (React) owns the outlet element; single-spa may
 * mount the service before React has drawn it, so mounting waits for the element to appear.
 */
export interface OutletRegistry {
  set(serviceId: string, element: HTMLElement | null): void;
  waitFor(serviceId: string): Promise<HTMLElement>;
}

export function createOutletRegistry(): OutletRegistry {
  const elements = new Map<string, HTMLElement>();
  const waiting = new Map<string, ((element: HTMLElement) => void)[]>();
  return {
    set(serviceId, element) {
      if (!element) {
        elements.delete(serviceId);
        return;
      }
      elements.set(serviceId, element);
      for (const resolve of waiting.get(serviceId) ?? []) resolve(element);
      waiting.delete(serviceId);
    },
    waitFor(serviceId) {
      const element = elements.get(serviceId);
      if (element) return Promise.resolve(element);
      return new Promise((resolve) => waiting.set(serviceId, [...(waiting.get(serviceId) ?? []), resolve]));
    },
  };
}
