import { EmptyState } from '@czp/design-system';
import { defineRemote, useServicePath, useTranslator } from '@czp/remote-sdk';
import { ListView } from './list-view.js';
import { messages } from './messages.js';
import { MonthView } from './month-view.js';
import { RemindersPage } from './reminders.js';
import { parseRoute, paths } from './routes.js';
import { SettingsPage } from './settings.js';
import { ServiceLink, useNavigate, useSearch } from './shared.js';
import './calendar.css';

/** The Ministry of the Interior's KALENDÁŘ: the month, the list, own reminders, and notices with the feed. */
export function Calendar() {
  const { t } = useTranslator(messages);
  const { path, href } = useServicePath();
  const search = useSearch();
  const navigate = useNavigate();
  const route = parseRoute(path, search);
  const tabs = [
    { to: paths.month(), label: t('navMonth'), current: route.name === 'month' },
    { to: paths.list(), label: t('navList'), current: route.name === 'list' },
    { to: paths.reminders(), label: t('navReminders'), current: route.name === 'reminders' },
    { to: paths.settings(), label: t('navSettings'), current: route.name === 'settings' },
  ];
  return (
    <div className="calendar">
      <nav aria-label={t('navLabel')} className="calendar-nav">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <ServiceLink to={tab.to} current={tab.current}>
                {tab.label}
              </ServiceLink>
            </li>
          ))}
        </ul>
      </nav>
      {route.name === 'month' && <MonthView month={route.month} />}
      {route.name === 'list' && <ListView />}
      {route.name === 'reminders' && <RemindersPage />}
      {route.name === 'settings' && <SettingsPage />}
      {route.name === 'not-found' && (
        <EmptyState
          title={t('pageNotFound')}
          text={t('pageNotFound')}
          action={{ href: href(paths.month()), label: t('navMonth'), onNavigate: navigate }}
        />
      )}
    </div>
  );
}

export default defineRemote(Calendar);
