import { EmptyState } from '@czp/design-system';
import { PersonalPage } from '../../account/PersonalPage.js';
import { useT } from '../../i18n/translator-context.js';
import { SECTIONS, type SectionId } from '../../routing/routes.js';

/** A section of the portal without a page of its own yet: personal, and it says it is being prepared. */
export function SectionPage({ section: id }: { section: SectionId }) {
  const t = useT();
  const section = SECTIONS.find((s) => s.id === id);
  const name = section ? t.t(section.label) : id;
  return (
    <PersonalPage name={name} path={section?.path ?? '/'}>
      <EmptyState title={t.t('sectionUnavailableTitle')} text={t.t('sectionUnavailableText', { section: name })} />
    </PersonalPage>
  );
}
