import type { ServiceEventRequest } from '@czp/contract';
import { useHost, useHostState, useTranslator } from '@czp/remote-sdk';
import { useState } from 'react';
import { collectionDays, type findStreet, localIsoDate } from './collections.js';
import { messages } from './messages.js';

/** Collection days put in the portal's Calendar: about three months ahead. */
const WEEKS_AHEAD = 13;

type Found = NonNullable<ReturnType<typeof findStreet>>;

/** The street's collection days as the portal's calendar events, one per day and kind (its ref makes a resend a no-op). */
function collectionEvents(found: Found, today: Date): ServiceEventRequest[] {
  return collectionDays(found.district, today, WEEKS_AHEAD).flatMap(({ date, kinds }) =>
    kinds.map((kind) => ({
      ref: `${localIsoDate(date)}:${kind}`,
      title: { cs: messages.cs[kind], en: messages.en[kind] },
      date: localIsoDate(date),
      time: null,
      place: `${found.street.name}, Lysá nad Labem`,
    })),
  );
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; count: number } | { kind: 'refused'; code: string };

/**
 * Puts the chosen street's collections in the citizen's Calendar (POST /api/services/lysa/calendar/events). The
 * street is the citizen's choice: Lysá does not read the address from the registers. The service's earlier events
 * are removed first, so moving to another street leaves no old days behind.
 */
export function AddToCalendar({ found, today }: { found: Found; today: Date }) {
  const { t } = useTranslator(messages);
  const { person } = useHostState();
  const host = useHost();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!person) return <p>{t('addSignIn')}</p>;

  async function add() {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    try {
      const listed = await host.api.get('/calendar/events');
      if (!listed.ok) return setStatus({ kind: 'refused', code: await codeOf(listed) });
      const { events } = (await listed.json()) as { events: { id: string }[] };
      for (const event of events) await host.api.send('DELETE', `/calendar/events/${encodeURIComponent(event.id)}`);
      const sent = collectionEvents(found, today);
      const response = await host.api.send('POST', '/calendar/events', { events: sent });
      if (!response.ok) return setStatus({ kind: 'refused', code: await codeOf(response) });
      setStatus({ kind: 'done', count: sent.length });
    } catch {
      setStatus({ kind: 'refused', code: 'network' });
    }
  }

  return (
    <section aria-labelledby="lysa-add-heading" className="lysa-add">
      <h3 id="lysa-add-heading">{t('addTitle')}</h3>
      <p>{t('addLead', { weeks: WEEKS_AHEAD })}</p>
      <button type="button" onClick={() => void add()} disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? t('adding') : t('addButton')}
      </button>
      <p role="status">
        {status.kind === 'done' && t('added', { count: status.count })}
        {status.kind === 'refused' && (status.code === 'service-not-added' ? t('addNotAdded') : t('addFailed'))}
      </p>
    </section>
  );
}

async function codeOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : 'unknown';
  } catch {
    return 'unknown';
  }
}
