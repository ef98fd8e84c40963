import { GovButton, Notice } from '@czp/design-system';
import { type RegisterReadProblem, useRegisterRead, useRemoteProps, useTranslator } from '@czp/remote-sdk';
import { useEffect, useRef } from 'react';
import { messages } from './messages.js';
import { type Parcel, parcelKey, parcelOfProperty, streetLine } from './request.js';
import { PortalLink } from './submitted.js';

/**
 * The request's reads of the citizen's register data, both for `prefill-form` and both declared in czp.service.json
 * (`dataReads`: address, real-estate). The portal refuses them until the citizen has added the service; the form then
 * stays typed by hand.
 */

/** Where a read stands, as the form needs it: `retry()` reads again (one more row in the citizen's access log). */
export type PrefillRead =
  | { state: 'loading'; retry(): void }
  | ({ state: 'refused' | 'failed'; retry(): void } & RegisterReadProblem);

export interface PrefillAddress {
  street: string;
  municipality: string;
  postalCode: string;
}

/** Reads residents.address once and hands it to `prefill` when it arrives. */
export function usePrefilledAddress(prefill: (address: PrefillAddress) => void) {
  const read = useRegisterRead('residents', ['address'], 'prefill-form');
  const address = read.state === 'ready' ? read.data.address : undefined;
  const callback = useRef(prefill);
  callback.current = prefill;
  useEffect(() => {
    if (address) {
      callback.current({
        street: streetLine(address),
        municipality: address.municipality,
        postalCode: address.postalCode,
      });
    }
  }, [address]);
  if (read.state === 'ready') return { state: 'ready' as const, prefilled: address !== undefined, retry: read.retry };
  return read;
}

/** Reads cadastre.properties: the citizen's own parcels that have a parcel number (a flat has none). */
export function useOwnParcels() {
  const read = useRegisterRead('cadastre', ['properties'], 'prefill-form');
  if (read.state !== 'ready') return read;
  const parcels: Parcel[] = [];
  for (const property of read.data.properties ?? []) {
    const parcel = parcelOfProperty(property);
    if (parcel && !parcels.some((p) => parcelKey(p) === parcelKey(parcel))) parcels.push(parcel);
  }
  return { state: 'ready' as const, parcels, retry: read.retry };
}

/** Why the form is not prefilled: the service not added (with where to add it), another refusal, or an outage. */
export function PrefillNotice({ reads }: { reads: readonly (PrefillRead | { state: 'ready' })[] }) {
  const { t } = useTranslator(messages);
  const { serviceId } = useRemoteProps();
  const problems = reads.filter(
    (read): read is Exclude<PrefillRead, { state: 'loading' }> => read.state === 'refused' || read.state === 'failed',
  );
  if (problems.length === 0) return null;
  if (problems.some((read) => read.state === 'refused' && read.error === 'service-not-added')) {
    return (
      <Notice kind="info">
        <p>{t('readNotAdded')}</p>
        <PortalLink href={`/catalogue/${encodeURIComponent(serviceId)}`}>{t('readNotAddedLink')}</PortalLink>
      </Notice>
    );
  }
  const failed = problems.filter((read) => read.state === 'failed');
  if (failed.length === 0) return <Notice kind="warning">{t('readRefused')}</Notice>;
  return (
    <Notice kind="warning">
      <p>{t('readFailed')}</p>
      <GovButton
        type="outlined"
        color="primary"
        size="s"
        onClick={() => {
          for (const read of failed) read.retry();
        }}
      >
        {t('readRetry')}
      </GovButton>
    </Notice>
  );
}
