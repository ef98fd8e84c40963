import { ConfirmDialog } from '@czp/design-system';
import { useEffect, useState } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';
import { expiryPhase, formatRemaining } from './session-expiry.js';

/**
 * Warns two minutes before an unused session ends (WCAG 2.2.1: the citizen can extend it), and tells the frame when
 * it has ended. The server decides; this only mirrors its clock, which every API response refreshes.
 */
export function SessionExpiryWarning({ now = () => Date.now() }: { now?: () => number }) {
  const t = useT();
  const actions = useShellActions();
  const expiresAt = usePortal((s) => s.session.expiresAt);
  const [tick, setTick] = useState(0);
  // The clock is read only once hydrated: the server's render and the browser's first render must draw the same text,
  // and the countdown's seconds differ between them (by minutes for a page the browser restores from its cache on
  // Back): React error #418. Until then there is no expiry to show.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const status = expiryPhase(hydrated ? expiresAt : null, now());

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick re-arms the timer each second while warning.
  useEffect(() => {
    if (status.phase === 'ended') {
      actions.sessionEnded();
      return;
    }
    if (status.changesInMs === null) return;
    // While warning, tick every second for the countdown; otherwise sleep until the warning is due.
    const delay = status.phase === 'warning' ? Math.min(1000, status.changesInMs) : status.changesInMs;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(delay, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [status.phase, status.changesInMs, tick, actions]);

  return (
    <ConfirmDialog
      open={status.phase === 'warning'}
      role="alertdialog"
      title={t.t('sessionWarningTitle')}
      confirmLabel={t.t('sessionStay')}
      onConfirm={() => void actions.extendSession()}
      cancelLabel={t.t('logout')}
      onCancel={() => actions.logout()}
    >
      <p>{t.t('sessionWarningText', { time: formatRemaining(status.remainingMs) })}</p>
    </ConfirmDialog>
  );
}
