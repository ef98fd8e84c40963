import { safeReturnPath } from '@czp/contract';
import { usePortal } from '../state/use-store.js';

/**
 * `returnTo` of the page's query, normalised, if it is a path on the portal, else `/`: the same rule the server
 * applies (a `\`, a tab or a dot segment must not turn it into `//another.host`).
 */
export function useReturnTo(): string {
  const search = usePortal((s) => s.search);
  return safeReturnPath(new URLSearchParams(search).get('returnTo'));
}
