import { EmptyState } from '@czp/design-system';
import { PersonalPage } from '../../account/PersonalPage.js';
import { useT } from '../../i18n/translator-context.js';
import { INFO_PAGES } from '../../routing/routes.js';

/** /settings/notifications: the citizen's notification settings (a personal page, not built yet). */
export function NotificationsPage() {
  const t = useT();
  const page = INFO_PAGES.find((p) => p.id === 'notifications');
  const name = page ? t.t(page.label) : 'notifications';
  return (
    <PersonalPage name={t.t('notificationsTitle')} path={page?.path ?? '/'}>
      <EmptyState title={t.t('sectionUnavailableTitle')} text={t.t('sectionUnavailableText', { section: name })} />
    </PersonalPage>
  );
}
