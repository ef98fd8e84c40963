import { useT } from '../../i18n/translator-context.js';

/** /accessibility: the accessibility statement. */
export function AccessibilityPage() {
  const t = useT();
  return (
    <>
      <h1>{t.t('accessibilityTitle')}</h1>
      <p>{t.t('accessibilityText')}</p>
    </>
  );
}
