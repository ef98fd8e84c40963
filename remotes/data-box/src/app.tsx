import { EmptyState, Notice } from '@czp/design-system';
import { defineRemote, useServicePath, useTranslator } from '@czp/remote-sdk';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Mailbox } from './mailbox.js';
import { messages } from './messages.js';
import { parseRoute } from './routes.js';
import { Button, useDataBoxApi } from './shared.js';
import './data-box.css';

type BoxState = { state: 'loading' } | { state: 'failed' } | { state: 'ready' } | { state: 'none'; message: string };

/** The citizen's data box: mailbox, reading, writing, storage and notices. */
export function DataBox() {
  const { t } = useTranslator(messages);
  const api = useDataBoxApi();
  const { path } = useServicePath();
  const [box, setBox] = useState<BoxState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: check the box once, and again on a retry
  useEffect(() => {
    let cancelled = false;
    void api.box().then((result) => {
      if (cancelled) return;
      if (result.ok) setBox(result.data.exists ? { state: 'ready' } : { state: 'none', message: '' });
      else if (result.problem.error === 'no-data-box') setBox({ state: 'none', message: result.problem.message });
      else setBox({ state: 'failed' });
    });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  if (box.state === 'loading') return <p className="data-box">{t('loading')}</p>;
  if (box.state === 'failed') {
    return (
      <div className="data-box">
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={() => setAttempt(attempt + 1)}>{t('retry')}</Button>
        </Notice>
      </div>
    );
  }
  if (box.state === 'none') {
    return (
      <div className="data-box">
        <EmptyState title={t('noBoxTitle')} text={t('noBoxText')} />
        {box.message && <p>{t('noBoxServer', { message: box.message })}</p>}
      </div>
    );
  }

  const route = parseRoute(path, window.location.search);
  return (
    <Suspense fallback={<p>{t('loading')}</p>}>
      <View route={route} />
    </Suspense>
  );
}

// The mailbox is what opens first; reading, writing and settings load when the citizen goes there.
const MessageView = lazy(() => import('./message-view.js').then((m) => ({ default: m.MessageView })));
const Compose = lazy(() => import('./compose.js').then((m) => ({ default: m.Compose })));
const NotificationSettingsView = lazy(() =>
  import('./settings.js').then((m) => ({ default: m.NotificationSettingsView })),
);

function View({ route }: { route: ReturnType<typeof parseRoute> }) {
  switch (route.name) {
    case 'mailbox':
      return <Mailbox folder={route.folder} />;
    case 'message':
      return <MessageView key={route.id} id={route.id} />;
    case 'compose':
      return <Compose key={`reply-${route.replyTo ?? ''}`} replyTo={route.replyTo} />;
    case 'draft':
      return <Compose key={`draft-${route.id}`} draftId={route.id} />;
    case 'settings':
      return <NotificationSettingsView />;
    default:
      return <Mailbox folder="inbox" />;
  }
}

export default defineRemote(DataBox);
