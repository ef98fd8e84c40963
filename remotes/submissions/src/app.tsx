import { EmptyState } from '@czp/design-system';
import { defineRemote, useServicePath, useTranslator } from '@czp/remote-sdk';
import { lazy, Suspense } from 'react';
import { ListPage } from './list.js';
import { messages } from './messages.js';
import { parseRoute, paths } from './routes.js';
import { useNavigate, useSearch } from './shared.js';
import './submissions.css';

// The list opens first (the SUBMISSIONS tab); a detail with its forms loads when the citizen goes there.
const DetailPage = lazy(() => import('./detail.js').then((m) => ({ default: m.DetailPage })));

/** The Ministry of the Interior's PODÁNÍ: the citizen's submissions across every service, and each one's detail. */
export function Submissions() {
  const { t } = useTranslator(messages);
  const { path, href } = useServicePath();
  const search = useSearch();
  const navigate = useNavigate();
  const route = parseRoute(path, search);
  return (
    <div className="submissions">
      <Suspense fallback={<p>{t('loading')}</p>}>
        {route.name === 'list' && <ListPage query={route.query} />}
        {route.name === 'detail' && <DetailPage id={route.id} />}
        {route.name === 'not-found' && (
          <EmptyState
            title={t('notFoundTitle')}
            text={t('pageNotFoundText')}
            action={{ href: href(paths.list()), label: t('backToList'), onNavigate: navigate }}
          />
        )}
      </Suspense>
    </div>
  );
}

export default defineRemote(Submissions);
