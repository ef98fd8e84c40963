import { ButtonLink, GovButton, Notice } from '@czp/design-system';
import { useState } from 'react';
import { loginHref } from '../account/access.js';
import { useShellActions } from '../actions/shell-actions.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';

/**
 * Add or remove a service from the citizen's services; signed out, a link to log in that comes back here. The result
 * (and an undo after removing) is announced by ServiceChangeNotice.
 */
export function MyServiceButton({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const t = useT();
  const actions = useShellActions();
  const person = usePortal((s) => s.session.person);
  const added = usePortal((s) => s.myServices.includes(serviceId));
  const path = usePortal((s) => s.path);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!person) {
    return (
      <ButtonLink href={loginHref(path)} variant="secondary">
        {t.t('loginToAdd')}
      </ButtonLink>
    );
  }
  const toggle = async () => {
    setBusy(true);
    const ok = added ? await actions.removeService(serviceId) : await actions.addService(serviceId);
    setBusy(false);
    setFailed(!ok);
  };
  return (
    <>
      <GovButton
        type={added ? 'outlined' : 'solid'}
        color="primary"
        aria-disabled={busy || undefined}
        aria-label={`${added ? t.t('removeService') : t.t('addService')}: ${serviceName}`}
        onClick={() => {
          if (!busy) void toggle();
        }}
      >
        {added ? t.t('removeService') : t.t('addService')}
      </GovButton>
      {failed && (
        <Notice kind="error" role="alert" className="czp-my-service-error">
          {t.t('serviceChangeFailed')}
        </Notice>
      )}
    </>
  );
}

/** "Removed — undo", or "added", after a change to the citizen's services. */
export function ServiceChangeNotice({ serviceId }: { serviceId?: string }) {
  const t = useT();
  const actions = useShellActions();
  const lastRemoved = usePortal((s) => s.lastRemoved);
  const catalogue = usePortal((s) => s.catalogue);
  const nameOf = (id: string) => catalogue.find((s) => s.id === id)?.name[t.locale] ?? id;
  const relevant = lastRemoved && (!serviceId || lastRemoved.serviceId === serviceId) ? lastRemoved : null;
  return (
    <p className="czp-shell-status" role="status">
      {relevant && (
        <>
          {t.t('serviceRemoved', { service: nameOf(relevant.serviceId) })}{' '}
          <GovButton
            type="link"
            color="primary"
            onClick={() => void actions.addService(relevant.serviceId, relevant.position)}
          >
            {t.t('undo')}
          </GovButton>
        </>
      )}
    </p>
  );
}
