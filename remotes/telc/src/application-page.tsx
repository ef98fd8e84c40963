import { Notice } from '@czp/design-system';
import { useHostState, usePageTitle, useServicePath } from '@czp/remote-sdk';
import { type Application, applicationOf } from './applications.js';
import { ApplyForm } from './apply-form.js';
import { APPLY, ApplyElsewhere, SituationDetail, useSituationMessages } from './situation.js';

/** The portal's login, coming back to `path` afterwards (a page load: the login is the server's). */
const loginHref = (path: string) => `/auth/login?returnTo=${encodeURIComponent(path)}`;

/** A situation's online application: the form for a signed-in citizen, else the way to log in; the other ways below. */
function ApplicationPage({ application }: { application: Application }) {
  const { t, locale } = useSituationMessages();
  const { person } = useHostState();
  const { href, go } = useServicePath();
  const here = href(`/${application.situationId}/${APPLY}`);
  usePageTitle(application.name[locale]);
  return (
    <article>
      <p>
        <a
          href={href(`/${application.situationId}`)}
          onClick={(event) => {
            event.preventDefault();
            go(`/${application.situationId}`);
          }}
        >
          {t('backToSituation')}
        </a>
      </p>
      <h2>{application.name[locale]}</h2>
      {person ? (
        <ApplyForm application={application} />
      ) : (
        <Notice kind="info">
          {t('applyLogin')} <a href={loginHref(here)}>{t('applyLoginLink')}</a>
        </Notice>
      )}
      <h3>{t('applyElsewhere')}</h3>
      <ApplyElsewhere />
    </article>
  );
}

/**
 * /services/telc/<situation>/zadost: the application of that situation, a chunk of its own with the form, its checks
 * and the applications' fields. A situation without an online application has no such page.
 */
export function ApplicationRoute({ situationId }: { situationId: string }) {
  const application = applicationOf(situationId);
  return application ? <ApplicationPage application={application} /> : <SituationDetail id="" />;
}
