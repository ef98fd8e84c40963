import type { RemoteFailureReason } from '@czp/contract';
import { EmptyState, RemoteFallback, RemoteSkeleton } from '@czp/design-system';
import { useCallback, useState } from 'react';
import { AccessGate } from '../account/AccessGate.js';
import { serviceAccess } from '../account/access.js';
import { useShellActions } from '../actions/shell-actions.js';
import type { ShellMessageKey } from '../i18n/message-key.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';
import { useOutletRef } from './outlet-context.js';

const FAILURE_TEXT: Record<RemoteFailureReason, ShellMessageKey> = {
  'load-failed': 'fallbackLoadFailed',
  timeout: 'fallbackTimeout',
  crashed: 'fallbackCrashed',
  // The browser refuses a file whose hash differs as it refuses a missing one: to the citizen, it is unavailable.
  integrity: 'fallbackLoadFailed',
};

const REMOTE_OWNED = { __html: '' };

/** A service's own place in the frame: its remote, or a skeleton while it loads, or its fallback. */
export function ServicePage({ serviceId }: { serviceId: string }) {
  const t = useT();
  const actions = useShellActions();
  const entry = usePortal((s) => s.catalogue.find((e) => e.id === serviceId));
  const status = usePortal((s) => s.services[serviceId]) ?? { state: 'loading' as const };
  const outletRef = useOutletRef(serviceId);
  const session = usePortal((s) => s.session);
  const path = usePortal((s) => s.path);
  const [reported, setReported] = useState<'no' | 'yes' | 'failed'>('no');
  const onReport = useCallback(() => {
    void actions.report(serviceId).then((ok) => setReported(ok ? 'yes' : 'failed'));
  }, [actions, serviceId]);

  if (!entry) {
    return (
      <>
        <h1>{t.t('notFoundTitle')}</h1>
        <EmptyState
          title={t.t('notFoundTitle')}
          text={t.t('serviceNotFoundText', { service: serviceId })}
          action={{ href: '/', label: t.t('goHome'), onNavigate: (href: string) => actions.navigate(href) }}
        />
      </>
    );
  }
  const name = entry.name[t.locale];
  const headingId = `czp-service-${serviceId}-title`;
  const access = serviceAccess(entry, session);
  const header = (
    <header className="czp-service__header">
      <h1 id={headingId}>{name}</h1>
      <p className="czp-service__issuer">{t.t('issuedBy', { issuer: entry.issuer.name[t.locale] })}</p>
      <p className="czp-service__lead">{entry.description[t.locale]}</p>
    </header>
  );
  if (access.kind !== 'open') {
    // No outlet: the remote is not mounted (its activity function asks the same question).
    return (
      <section
        className="czp-service"
        data-service-id={serviceId}
        data-service-state="gated"
        aria-labelledby={headingId}
      >
        {header}
        <AccessGate access={access} returnTo={path} what={name} kind="service" />
      </section>
    );
  }
  // The shell draws the service's header (server-rendered, so it is the first paint); the remote's
  // own content starts at <h2> below it.
  return (
    <section
      className="czp-service"
      data-service-id={serviceId}
      data-service-state={status.state}
      aria-labelledby={headingId}
    >
      {header}
      <noscript>
        <p>{t.t('serviceNeedsJavaScript', { service: name })}</p>
      </noscript>
      {/* Skeleton, fallback and the remote's element in one place (the design system's .czp-remote-place): the
          remote's content replaces the skeleton where it stands, in the space the place reserves (no layout shift). */}
      <div className="czp-remote-place">
        {status.state === 'loading' && <RemoteSkeleton label={t.t('serviceLoading', { service: name })} />}
        {status.state === 'failed' && (
          <RemoteFallback
            title={t.t('fallbackTitle', { service: name })}
            text={t.t(FAILURE_TEXT[status.reason])}
            retryLabel={t.t('fallbackRetry')}
            onRetry={() => {
              setReported('no');
              actions.retry(serviceId);
            }}
            reportLabel={t.t('fallbackReport')}
            onReport={onReport}
            reported={reported !== 'no'}
            reportedText={
              reported === 'failed'
                ? t.t('fallbackReportFailed', { email: entry.support.email, phone: entry.support.phone })
                : t.t('fallbackReported')
            }
            detailsLabel={t.t('fallbackDetails')}
            details={status.detail}
          />
        )}
        {/* The remote owns this element's children: React neither hydrates nor touches them, so the
          remote may mount before the frame has hydrated (see entry-client.tsx). */}
        <div
          className="czp-service__outlet czp-remote-place__content"
          data-czp-outlet={serviceId}
          ref={outletRef}
          hidden={status.state === 'failed'}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: an empty string, only to keep React out of the remote's DOM.
          dangerouslySetInnerHTML={REMOTE_OWNED}
        />
      </div>
    </section>
  );
}
