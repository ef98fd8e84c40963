import { GovButton, isPlainLeftClick, type NavigateHandler } from '@czp/design-system';
import { useHost, useServicePath } from '@czp/remote-sdk';
import {
  type DependencyList,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type ApiError, type Result, type SubmissionsApi, submissionsApi } from './api.js';

export function useSubmissionsApi(): SubmissionsApi {
  const host = useHost();
  return useMemo(() => submissionsApi(host.api), [host.api]);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('single-spa:routing-event', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('single-spa:routing-event', onChange);
  };
}
const currentSearch = () => window.location.search;

/** The address's query string, re-rendering when the portal navigates (the SDK's path hook watches the path only). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** Hands a plain left click on a library link (its full href) to the portal: navigation without a page load. */
export function useNavigate(): NavigateHandler {
  const host = useHost();
  return (href) => host.navigate(href);
}

/** A link to a route of the remote: a real href, navigating in the portal without a page load. */
export function ServiceLink({ to, children }: { to: string; children: ReactNode }) {
  const { href, go } = useServicePath();
  return (
    <a
      href={href(to)}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

let firstView = true;

/**
 * The view's heading (level 2, below the portal's level-1 service name), focused when the citizen moved here from
 * another view so screen readers and keyboards start there; the page's first view keeps the focus where it is.
 */
export function ViewHeading({ children }: { children: ReactNode }) {
  const ref: RefObject<HTMLHeadingElement | null> = useRef(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}

/**
 * A gov.cz button whose `disabled` really disables it (the native button passed as GovButton's child), with the
 * native type.
 */
export function Button({
  children,
  variant = 'secondary',
  type = 'button',
  disabled,
  onClick,
}: {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  type?: 'button' | 'submit';
  disabled?: boolean;
  onClick?: () => void;
}) {
  return (
    <GovButton
      asChild
      type={variant === 'primary' ? 'solid' : 'outlined'}
      color={variant === 'danger' ? 'error' : 'primary'}
      disabled={disabled}
    >
      <button type={type} disabled={disabled} onClick={onClick}>
        {children}
      </button>
    </GovButton>
  );
}

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; problem: ApiError };

/**
 * One request's state, loaded when `deps` change and again on `retry()`; a late answer of an old request is dropped.
 * `fresh` says the answer shown is the one asked for last (false from a `retry()` until its answer is there).
 */
export function useLoad<T>(
  load: () => Promise<Result<T>>,
  deps: DependencyList,
): Loaded<T> & { retry: () => void; fresh: boolean } {
  const [loaded, setLoaded] = useState<{ value: Loaded<T>; attempt: number }>({
    value: { state: 'loading' },
    attempt: 0,
  });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps say when to load again
  useEffect(() => {
    let cancelled = false;
    setLoaded({ value: { state: 'loading' }, attempt });
    void load().then((result) => {
      if (cancelled) return;
      setLoaded({
        value: result.ok ? { state: 'ready', data: result.data } : { state: 'failed', problem: result.problem },
        attempt,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...loaded.value, retry, fresh: loaded.value.state !== 'loading' && loaded.attempt === attempt };
}
