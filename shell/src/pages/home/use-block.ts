import { useCallback, useEffect, useState } from 'react';

/** Where one block of the overview stands. The server render and the first client render are both `loading`. */
export type BlockState<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/**
 * Loads one block's data in the browser (effects do not run on the server, so hydration sees the same placeholder
 * the server drew), once per mount and on `retry()`. A failure stays in its block.
 */
export function useBlock<T>(load: () => Promise<T>): BlockState<T> & { retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<BlockState<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let current = true;
    setState({ state: 'loading' });
    load().then(
      (value) => current && setState({ state: 'ready', value }),
      () => current && setState({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
