import { EmptyState } from '@czp/design-system';
import { useShellActions } from '../../actions/shell-actions.js';
import { addShellMessages } from '../../i18n/messages.js';
import { notFoundCs } from '../../i18n/pages/not-found.cs.js';
import { useT } from '../../i18n/translator-context.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(notFoundCs);

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
