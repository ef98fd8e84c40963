import { useEffect } from 'react';
import { useHost } from './host-context.js';

/**
 * Names the page the remote shows in the browser's tab (WCAG 2.4.2): the shell composes "<title> – <service> –
 * Portál občana". While the component is shown; when it goes (another route, the remote unmounted) the tab goes back
 * to the service's own title. null or an empty title: the service's own title. A host without setTitle is skipped.
 */
export function usePageTitle(title: string | null): void {
  const host = useHost();
  const text = title?.trim() || null;
  useEffect(() => {
    host.setTitle?.(text);
    return () => host.setTitle?.(null);
  }, [host, text]);
}
