import { useT } from '../../i18n/translator-context.js';
import { mailtoHref, PORTAL_SUPPORT, telHref } from '../support/portal-support.js';

/**
 * /accessibility: the accessibility statement with what Act No. 99/2019 Sb. and its decree No. 515/2020 Sb. require:
 * the body and the website, the compliance status with the known non-compliance, how and when the statement was
 * prepared and last reviewed, feedback (a way to report a problem) and the enforcement procedure with the supervisory
 * body. The dates are in the texts, not formatted here: the server and the browser draw the same page.
 */
export function AccessibilityPage() {
  const t = useT();
  return (
    <div className="czp-prose">
      <h1>{t.t('accessibilityTitle')}</h1>
      <p>{t.t('a11yIntro')}</p>
      <h2>{t.t('a11yStatusTitle')}</h2>
      <p>{t.t('a11yStatus')}</p>
      <h2>{t.t('a11yNonCompliantTitle')}</h2>
      <ul>
        <li>{t.t('a11yNonCompliantAttachments')}</li>
        <li>{t.t('a11yNonCompliantServices')}</li>
      </ul>
      <h2>{t.t('a11yPreparedTitle')}</h2>
      <p>{t.t('a11yPrepared')}</p>
      <p>{t.t('a11yReviewed')}</p>
      <h2>{t.t('a11yFeedbackTitle')}</h2>
      <p>{t.t('a11yFeedback')}</p>
      <p>
        <a href={mailtoHref(PORTAL_SUPPORT.email, t.t('a11yReportSubject'))}>{t.t('a11yReport')}</a>
      </p>
      <dl className="czp-support-contact">
        <dt>{t.t('supportEmail')}</dt>
        <dd>
          <a href={mailtoHref(PORTAL_SUPPORT.email)}>{PORTAL_SUPPORT.email}</a>
        </dd>
        <dt>{t.t('supportPhone')}</dt>
        <dd>
          <a href={telHref(PORTAL_SUPPORT.phone)}>{PORTAL_SUPPORT.phone}</a>
        </dd>
      </dl>
      <h2>{t.t('a11yEnforcementTitle')}</h2>
      <p>{t.t('a11yEnforcement')}</p>
    </div>
  );
}
