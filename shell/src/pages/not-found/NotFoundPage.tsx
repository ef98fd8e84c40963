import { EmptyState } from '@czp/design-system';
import { useShellActions } from '../../actions/shell-actions.js';
import { useT } from '../../i18n/translator-context.js';

/** Any path the portal has no page for (the server answers it with 404). */
export function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  const { navigate } = useShellActions();
  return (
    <>
      <h1>{t.t('notFoundTitle')}</h1>
      <EmptyState
        title={t.t('notFoundTitle')}
        text={t.t('notFoundText', { path })}
        action={{ href: '/', label: t.t('goHome'), onNavigate: (href: string) => navigate(href) }}
      />
    </>
  );
}
