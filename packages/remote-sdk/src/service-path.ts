import { useSyncExternalStore } from 'react';
import { useRemoteProps } from './host-context.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('single-spa:routing-event', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('single-spa:routing-event', onChange);
  };
}

const currentPath = () => window.location.pathname;

/**
 * The part of the URL below the service's base path: '/' for /services/telc, '/fees' for
 * /services/telc/fees. A remote routes on this and links with `href(subPath)`.
 */
export function useServicePath(): { path: string; href: (subPath: string) => string; go: (subPath: string) => void } {
  const { basePath, host } = useRemoteProps();
  const pathname = useSyncExternalStore(subscribe, currentPath, () => basePath);
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : '';
  const href = (subPath: string) => (subPath === '/' ? basePath : `${basePath}${subPath}`);
  return { path: rest === '' ? '/' : rest, href, go: (subPath) => host.navigate(href(subPath)) };
}
