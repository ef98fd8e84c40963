import { EmptyState } from '@czp/design-system';
import { defineRemote, useServicePath, useTranslator } from '@czp/remote-sdk';
import { lazy, Suspense } from 'react';
import { DataPage } from './data-page.js';
import { type MessageKey, messages } from './messages.js';
import { parseRoute, paths, type Route } from './routes.js';
import { ServiceLink, useNavigate, useSearch } from './shared.js';
import './my-data.css';

// DATA opens first (the DATA tab); the other views load when the citizen goes there.
const ProfilePage = lazy(() => import('./profile.js').then((m) => ({ default: m.ProfilePage })));
const DocumentsPage = lazy(() => import('./documents.js').then((m) => ({ default: m.DocumentsPage })));
const AccessLogPage = lazy(() => import('./access-log.js').then((m) => ({ default: m.AccessLogPage })));
const AgendasPage = lazy(() => import('./agendas.js').then((m) => ({ default: m.AgendasPage })));
const ComplaintPage = lazy(() => import('./complaint.js').then((m) => ({ default: m.ComplaintPage })));

const NAV: { route: Route['name']; to: string; label: MessageKey }[] = [
  { route: 'data', to: paths.data, label: 'navData' },
  { route: 'profile', to: paths.profile, label: 'navProfile' },
  { route: 'documents', to: paths.documents, label: 'navDocuments' },
  { route: 'access-log', to: paths.accessLog, label: 'navAccessLog' },
  { route: 'agendas', to: paths.agendas, label: 'navAgendas' },
];

/** The Ministry of the Interior's "my data": the PROFILE, DATA and DOCUMENTS tabs and what hangs off them. */
export function MyData() {
  const { t } = useTranslator(messages);
  const { path } = useServicePath();
  const search = useSearch();
  const route = parseRoute(path, search);
  return (
    <div className="my-data">
      <nav aria-label={t('navLabel')} className="my-data-nav">
        <ul>
          {NAV.map((item) => (
            <li key={item.route}>
              <ServiceLink to={item.to} current={route.name === item.route}>
                {t(item.label)}
              </ServiceLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <View route={route} search={search} />
      </Suspense>
    </div>
  );
}

function View({ route, search }: { route: Route; search: string }) {
  const { t } = useTranslator(messages);
  const { href } = useServicePath();
  const navigate = useNavigate();
  switch (route.name) {
    case 'data':
      return <DataPage />;
    case 'profile':
      return <ProfilePage />;
    case 'documents':
      return <DocumentsPage />;
    case 'access-log':
      return <AccessLogPage query={route.query} />;
    case 'agendas':
      return <AgendasPage />;
    case 'complaint':
      // A new form for another register or item named in the address.
      return <ComplaintPage key={search} register={route.register} item={route.item} />;
    default:
      return (
        <EmptyState
          title={t('notFoundTitle')}
          text={t('notFoundText')}
          action={{ href: href(paths.data), label: t('backToData'), onNavigate: navigate }}
        />
      );
  }
}

export default defineRemote(MyData);
