import { EmptyState } from '@czp/design-system';
import { useShellActions } from '../../actions/shell-actions.js';
import { useT } from '../../i18n/translator-context.js';

/** Any path the portal has no page for (the server answers it with 404): one heading, the page's. */
export function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  const { navigate } = useShellActions();
  return (
    <EmptyState
      title={t.t('notFoundTitle')}
      headingLevel={1}
      text={t.t('notFoundText', { path })}
      action={{ href: '/', label: t.t('goHome'), onNavigate: (href: string) => navigate(href) }}
    />
  );
}
