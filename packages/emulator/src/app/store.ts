import type { HostState, Locale, Notice, Theme } from '@czp/contract';
import { useSyncExternalStore } from 'react';

/** A subscribable value: the shape of the host state the contract's HostStateSource describes, and setState. */
export interface Store<T> {
  getState(): T;
  setState(update: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    getState: () => state,
    setState(update) {
      const previous = state;
      state = { ...state, ...(typeof update === 'function' ? update(state) : update) };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

interface Toast extends Notice {
  id: string;
}

/** What the frame shows besides the host state (which the remote sees: locale and person). */
export interface FrameState {
  theme: Theme;
  /** The address, as the portal's router would see it. */
  path: string;
  toasts: Toast[];
  /** The count the remote set with setBadge, null when none. */
  badge: number | null;
  /** The remote's outage handlers answer instead of its normal ones. */
  apiDown: boolean;
  /** What the remote reported with reportCrash. */
  crash: string | null;
}

export interface EmulatorStores {
  host: Store<HostState>;
  frame: Store<FrameState>;
}

export function createEmulatorStores(initial: {
  locale: Locale;
  host: HostState['person'];
  frame?: Partial<FrameState>;
}) {
  return {
    host: createStore<HostState>({ locale: initial.locale, person: initial.host }),
    frame: createStore<FrameState>({
      theme: 'light',
      path: '/',
      toasts: [],
      badge: null,
      apiDown: false,
      crash: null,
      ...initial.frame,
    }),
  } satisfies EmulatorStores;
}

let nextToast = 1;

/** A toast as the shell shows it: at most five at a time, newest last. */
export function pushToast(frame: Store<FrameState>, notice: Notice): void {
  const toast = { ...notice, id: String(nextToast++) };
  frame.setState((state) => ({ toasts: [...state.toasts.slice(-4), toast] }));
}
