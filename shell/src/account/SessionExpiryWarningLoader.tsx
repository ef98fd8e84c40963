import { type ComponentType, useEffect, useState } from 'react';
import { usePortal } from '../state/use-store.js';

/**
 * The session expiry warning is a chunk of its own, fetched once the citizen is signed in (a session with an end):
 * a signed-out page never needs it. Nothing is drawn before (on the server neither), so hydration matches; the
 * warning shows nothing until its end is near anyway.
 */
export function SessionExpiryWarningLoader() {
  const expiresAt = usePortal((s) => s.session.expiresAt);
  const [Warning, setWarning] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!expiresAt || Warning) return;
    let current = true;
    import('./SessionExpiryWarning.js').then(
      (module) => current && setWarning(() => module.SessionExpiryWarning),
      // Offline: the server ends the session all the same, and the next page load brings the warning back.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [expiresAt, Warning]);
  return Warning ? <Warning /> : null;
}
