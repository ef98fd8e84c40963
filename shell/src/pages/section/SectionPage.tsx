import { ButtonLink, EmptyState } from '@czp/design-system';
import { useEffect } from 'react';
import { PersonalPage } from '../../account/PersonalPage.js';
import { useShellActions } from '../../actions/shell-actions.js';
import { addShellMessages } from '../../i18n/messages.js';
import { sectionCs } from '../../i18n/pages/section.cs.js';
import { useT } from '../../i18n/translator-context.js';
import { SECTIONS, type SectionId, sectionHref } from '../../routing/routes.js';
import { usePortal } from '../../state/use-store.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(sectionCs);

/**
 * A section's own path (/profile). When a service draws the section (my data, the data box) and the catalogue has it,
 * the page moves on to that service and links there meanwhile; otherwise it says it is being prepared.
 */
export function SectionPage({ section: id }: { section: SectionId }) {
  const t = useT();
  const { navigate } = useShellActions();
  const catalogue = usePortal((s) => s.catalogue);
  const section = SECTIONS.find((s) => s.id === id);
  const name = section ? t.t(section.label) : id;
  const href = section ? sectionHref(section, (serviceId) => catalogue.some((entry) => entry.id === serviceId)) : '/';
  const moved = section !== undefined && href !== section.path;
  useEffect(() => {
    if (moved) navigate(href);
  }, [moved, href, navigate]);
  return (
    <PersonalPage name={name} path={section?.path ?? '/'}>
      {moved ? (
        <p>
          <ButtonLink href={href} onNavigate={(target) => navigate(target)}>
            {name}
          </ButtonLink>
        </p>
      ) : (
        <EmptyState title={t.t('sectionUnavailableTitle')} text={t.t('sectionUnavailableText', { section: name })} />
      )}
    </PersonalPage>
  );
}
