import type { PreviewOverride } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { useEffect, useState } from 'react';
import { readPreview } from '../federation/preview.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';

/**
 * Says on every page that one service comes from a developer's server, with the one click back (a plain form POST
 * with the CSRF token: the server clears its cookie). Drawn after hydration, from the page's boot data: the preview
 * only takes effect once the shell's script runs, so the banner is there exactly when the preview is.
 */
export function PreviewBanner({ preview: given }: { preview?: PreviewOverride | null }) {
  const t = useT();
  const [preview, setPreview] = useState<PreviewOverride | null>(given ?? null);
  useEffect(() => {
    if (given === undefined) setPreview(readPreview(document));
  }, [given]);
  const catalogue = usePortal((s) => s.catalogue);
  const csrfToken = usePortal((s) => s.csrfToken);
  const path = usePortal((s) => s.path);
  const search = usePortal((s) => s.search);
  if (!preview) return null;
  const entry = catalogue.find((candidate) => candidate.id === preview.serviceId);
  const service = entry ? entry.name[t.locale] : preview.serviceId;
  return (
    <Notice kind="warning" variant="banner" data-testid="preview-banner">
      <form method="post" action="/preview/end">
        <span>{t.t('previewBanner', { service, host: new URL(preview.origin).host })}</span>{' '}
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="returnTo" value={`${path}${search}`} />
        <GovButton nativeType="submit" type="outlined" color="primary">
          {t.t('previewBannerEnd')}
        </GovButton>
      </form>
    </Notice>
  );
}
