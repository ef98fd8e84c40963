import { GovButton, isPlainLeftClick, Notice } from '@czp/design-system';
import { useHost, useRemoteProps, useTranslator } from '@czp/remote-sdk';
import { messages } from './messages.js';
import type { RegisterPrefill } from './prefill.js';

/**
 * Why a value is not prefilled. Not added: the citizen has not added the service, so the portal lets it read nothing
 * (one notice for both reads, with the way to add it); refused otherwise or failed: per register, failures with a
 * retry. The fields stay open in every case: the citizen can always type the values.
 */
export function RegisterNotices({ prefill }: { prefill: RegisterPrefill }) {
  const { t } = useTranslator(messages);
  const host = useHost();
  const { serviceId } = useRemoteProps();
  const { residents, health } = prefill;
  const notAdded = [residents, health].some((read) => read.state === 'refused' && read.error === 'service-not-added');

  if (notAdded) {
    const catalogue = `/catalogue/${encodeURIComponent(serviceId)}`;
    return (
      <Notice kind="info" title={t('notAddedTitle')}>
        <p>{t('notAddedText')}</p>
        <p>
          <a
            href={catalogue}
            onClick={(event) => {
              if (!isPlainLeftClick(event)) return;
              event.preventDefault();
              host.navigate(catalogue);
            }}
          >
            {t('notAddedLink')}
          </a>
        </p>
      </Notice>
    );
  }

  const reads = [
    { read: residents, refused: 'residentsRefused', failed: 'residentsFailed', retry: 'residentsRetry' },
    { read: health, refused: 'healthRefused', failed: 'healthFailed', retry: 'healthRetry' },
  ] as const;
  return (
    <>
      {reads.map(({ read, refused, failed, retry }) =>
        read.state === 'refused' ? (
          <Notice key={refused} kind="info">
            {t(refused)}
          </Notice>
        ) : read.state === 'failed' ? (
          <Notice key={failed} kind="warning">
            <p>{t(failed)}</p>
            {/* The native button as GovButton's child: its onClick is a plain React handler. */}
            <GovButton asChild type="outlined" color="primary" size="s">
              <button type="button" onClick={read.retry}>
                {t(retry)}
              </button>
            </GovButton>
          </Notice>
        ) : null,
      )}
    </>
  );
}
