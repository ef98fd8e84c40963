import { usePortal } from '../state/use-store.js';

/** `returnTo` of the page's query, if it is a path on the portal (the server checks it again). */
export function useReturnTo(): string {
  const search = usePortal((s) => s.search);
  const value = new URLSearchParams(search).get('returnTo');
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}
