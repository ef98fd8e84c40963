import {
  type HostApi,
  type Locale,
  type RemoteLifecycles,
  type RemoteProps,
  type ServiceMetadata,
  satisfiesLevel,
} from '@czp/contract';
import {
  AccountControls,
  GovButton,
  LanguageSwitch,
  MainTabs,
  Notice,
  PageLayout,
  PortalHeader,
  RemoteSkeleton,
  SettingsMenu,
  ThemeSwitch,
  ToastRegion,
} from '@czp/design-system';
import { createTranslator, type Translator } from '@czp/remote-sdk';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { basePathOf, navigateTo } from './host.js';
import { type MessageKey, messages } from './messages.js';
import { keyOfPerson, LEVEL_LABEL, PEOPLE, personByKey, personForLevel } from './people.js';
import { type EmulatorStores, type Store, useStore } from './store.js';

export interface EmulatorProps {
  /** The remote's own lifecycles: `export default defineRemote(Root)` of its src/app.tsx. */
  lifecycles: RemoteLifecycles;
  metadata: ServiceMetadata;
  stores: EmulatorStores;
  host: HostApi;
  /** Present when the remote's mocks have outage handlers: switches them on and off. */
  setApiDown?: ((down: boolean) => void) | undefined;
  /** Why msw did not start, if it did not. */
  mocksProblem?: string | null | undefined;
}

type T = Translator<MessageKey>;

/** The portal's sections, as the shell's main tabs (shell/src/routing/routes.ts). */
const TABS: readonly { path: string; label: MessageKey }[] = [
  { path: '/profile', label: 'tabProfile' },
  { path: '/data', label: 'tabData' },
  { path: '/data-box', label: 'tabDataBox' },
  { path: '/calendar', label: 'tabCalendar' },
  { path: '/documents', label: 'tabDocuments' },
  { path: '/submissions', label: 'tabSubmissions' },
];

/** The header's settings menu (shell/src/frame/Frame.tsx): pages of the portal. */
const SETTINGS: readonly { path: string; label: MessageKey }[] = [
  { path: '/services', label: 'settingsServices' },
  { path: '/data-box', label: 'settingsDataBox' },
  { path: '/accessibility', label: 'settingsAccessibility' },
  { path: '/cookies', label: 'settingsCookies' },
  { path: '/support', label: 'settingsSupport' },
  { path: '/settings/notifications', label: 'settingsNotifications' },
];

const bootstrapped = new WeakMap<RemoteLifecycles, Promise<unknown>>();

type MountState = { state: 'loading' } | { state: 'mounted' } | { state: 'failed'; reason: string };

/** Mounts the remote into its outlet as single-spa would, and unmounts it when the outlet goes. */
function RemoteOutlet({
  lifecycles,
  serviceId,
  host,
  name,
  t,
}: {
  lifecycles: RemoteLifecycles;
  serviceId: string;
  host: HostApi;
  name: string;
  t: T;
}) {
  const outlet = useRef<HTMLDivElement>(null);
  // The previous lifecycles' unmount, finished before new ones (after a hot update) mount in the same element.
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  const [mount, setMount] = useState<MountState>({ state: 'loading' });
  useEffect(() => {
    const domElement = outlet.current;
    if (!domElement) return;
    // `name` keys the root inside single-spa-react, as single-spa's own props do.
    const props: RemoteProps & { name: string } = {
      name: serviceId,
      serviceId,
      basePath: basePathOf(serviceId),
      domElement,
      host,
    };
    let active = true;
    setMount({ state: 'loading' });
    const mounted = previous.current
      .then(() => {
        let bootstrap = bootstrapped.get(lifecycles);
        if (!bootstrap) {
          bootstrap = lifecycles.bootstrap(props);
          bootstrapped.set(lifecycles, bootstrap);
        }
        return bootstrap;
      })
      .then(() => lifecycles.mount(props))
      .then(
        () => {
          if (active) setMount({ state: 'mounted' });
          return true;
        },
        (error: unknown) => {
          console.error('[czp dev] mounting the remote failed:', error);
          if (active) setMount({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
          return false;
        },
      );
    return () => {
      active = false;
      previous.current = mounted
        .then((ok) => (ok ? lifecycles.unmount(props) : undefined))
        .catch((error: unknown) => {
          console.error('[czp dev] unmounting the remote failed:', error);
        });
    };
  }, [lifecycles, serviceId, host]);
  return (
    <>
      {mount.state === 'loading' && <RemoteSkeleton label={t.t('serviceLoading', { service: name })} />}
      {mount.state === 'failed' && (
        <Notice kind="error" role="alert">
          {t.t('mountFailed', { reason: mount.reason })}
        </Notice>
      )}
      <div
        className="czp-service__outlet"
        data-czp-outlet={serviceId}
        data-czp-remote-state={mount.state}
        // No children from React: the remote's own root owns what is inside.
        ref={outlet}
      />
    </>
  );
}

/** The service's page as the shell draws it: its header, then the remote (or the access gate instead). */
function ServicePlace({ props, t }: { props: EmulatorProps; t: T }) {
  const { metadata, stores } = props;
  const person = useStore(stores.host, (s) => s.person);
  const crash = useStore(stores.frame, (s) => s.crash);
  const name = metadata.name[t.locale];
  const headingId = `czp-service-${metadata.id}-title`;
  const required = metadata.requiredLevel;
  const open = !required || (person !== null && satisfiesLevel(person.levelOfAssurance, required));
  const offered = required ? personForLevel(required) : undefined;
  return (
    <section
      className="czp-service"
      data-service-id={metadata.id}
      data-service-state={open ? 'open' : 'gated'}
      aria-labelledby={headingId}
    >
      <header className="czp-service__header">
        <h1 id={headingId}>{name}</h1>
        <p className="czp-service__issuer">{t.t('issuedBy', { issuer: metadata.issuer.name[t.locale] })}</p>
        <p className="czp-service__lead">{metadata.description[t.locale]}</p>
      </header>
      {!open && required && offered && (
        <Notice kind="warning">
          <p>
            {person
              ? t.t('gateStepUp', {
                  level: t.t(LEVEL_LABEL[required]),
                  actual: t.t(LEVEL_LABEL[person.levelOfAssurance]),
                })
              : t.t('gateLogin', { level: t.t(LEVEL_LABEL[required]) })}
          </p>
          <GovButton color="primary" onClick={() => stores.host.setState({ person: offered.person })}>
            {t.t('gateSwitch', { person: t.t(offered.label) })}
          </GovButton>
        </Notice>
      )}
      {crash !== null && (
        <Notice kind="error" role="alert" title={t.t('crashedTitle', { service: name })}>
          {t.t('crashedText')}
        </Notice>
      )}
      {open && crash === null && (
        <RemoteOutlet lifecycles={props.lifecycles} serviceId={metadata.id} host={props.host} name={name} t={t} />
      )}
    </section>
  );
}

/** An address outside the service: in the portal one of its own pages, here a note and the way back. */
function PortalPage({ path, serviceId, stores, t }: { path: string; serviceId: string; stores: EmulatorStores; t: T }) {
  const back = basePathOf(serviceId);
  return (
    <section aria-labelledby="czp-emulator-portal-page">
      <h1 id="czp-emulator-portal-page">{t.t('portalPageTitle', { path })}</h1>
      <p>{t.t('portalPageText', { path })}</p>
      <p>
        <a
          href={back}
          onClick={(event) => {
            event.preventDefault();
            navigateTo(back, stores);
          }}
        >
          {t.t('backToService')}
        </a>
      </p>
    </section>
  );
}

/** The emulator's own bar above the portal: who is signed in, the address, the badge, the API switch. */
function Toolbar({ props, t }: { props: EmulatorProps; t: T }) {
  const { stores, setApiDown } = props;
  const person = useStore(stores.host, (s) => s.person);
  const path = useStore(stores.frame, (s) => s.path);
  const badge = useStore(stores.frame, (s) => s.badge);
  const apiDown = useStore(stores.frame, (s) => s.apiDown);
  const personId = useId();
  const apiId = useId();
  return (
    <section className="czp-emulator-bar" aria-label={t.t('toolbarLabel')} data-czp-emulator-toolbar="">
      <p className="czp-emulator-bar__title">{t.t('toolbarTitle')}</p>
      <div className="czp-emulator-bar__field">
        <label htmlFor={personId}>{t.t('person')}</label>
        <select
          id={personId}
          value={keyOfPerson(person)}
          onChange={(event) => stores.host.setState({ person: personByKey(event.target.value)?.person ?? null })}
        >
          {PEOPLE.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {t.t(entry.label)}
            </option>
          ))}
        </select>
      </div>
      <p className="czp-emulator-bar__field">
        {t.t('address')}: <code data-czp-emulator-path="">{path}</code>
      </p>
      {badge !== null && <p className="czp-emulator-bar__field">{t.t('badge', { count: t.formatNumber(badge) })}</p>}
      {setApiDown && (
        <div className="czp-emulator-bar__field">
          <input
            id={apiId}
            type="checkbox"
            checked={apiDown}
            onChange={(event) => {
              stores.frame.setState({ apiDown: event.target.checked });
              setApiDown(event.target.checked);
            }}
          />
          <label htmlFor={apiId}>{t.t('apiDown')}</label>
        </div>
      )}
    </section>
  );
}

/** The Emulator with the remote's latest lifecycles (a hot update of src/app.tsx replaces them). */
export function LiveEmulator({
  remote,
  ...props
}: Omit<EmulatorProps, 'lifecycles'> & { remote: Store<{ lifecycles: RemoteLifecycles }> }) {
  const lifecycles = useStore(remote, (s) => s.lifecycles);
  return <Emulator {...props} lifecycles={lifecycles} />;
}

/** The whole page: the emulator's toolbar, then the portal's frame with the service (or a portal page) inside. */
export function Emulator(props: EmulatorProps) {
  const { stores, metadata } = props;
  const locale = useStore(stores.host, (s) => s.locale);
  const person = useStore(stores.host, (s) => s.person);
  const theme = useStore(stores.frame, (s) => s.theme);
  const path = useStore(stores.frame, (s) => s.path);
  const toasts = useStore(stores.frame, (s) => s.toasts);
  const t = useMemo(() => createTranslator(messages, locale), [locale]);
  const basePath = basePathOf(metadata.id);
  const inService = path === basePath || path.startsWith(`${basePath}/`);
  const onNavigate = (href: string) => navigateTo(href, stores);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${metadata.name[locale]} – ${t.t('toolbarLabel')}`;
  }, [locale, metadata, t]);
  useEffect(() => {
    document.documentElement.dataset.czpTheme = theme;
  }, [theme]);
  // Back and forward change the address as the portal's router sees it.
  useEffect(() => {
    const onPopState = () => stores.frame.setState({ path: window.location.pathname });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [stores]);
  // The header's logout is a form POST in the portal; here it signs the person out.
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (!(event.target instanceof HTMLFormElement) || event.target.getAttribute('action') !== '/auth/logout') return;
      event.preventDefault();
      stores.host.setState({ person: null });
    };
    document.addEventListener('submit', onSubmit);
    return () => document.removeEventListener('submit', onSubmit);
  }, [stores]);

  const level = person ? t.t(LEVEL_LABEL[person.levelOfAssurance]) : '';
  return (
    <>
      <Toolbar props={props} t={t} />
      {props.mocksProblem && (
        <Notice kind="error" variant="banner" title={t.t('mocksFailed', { reason: props.mocksProblem })} />
      )}
      <PortalHeader
        portalName={t.t('portalName')}
        subtitle={t.t('portalSubtitle')}
        homeHref="/"
        skipLinkLabel={t.t('skipToContent')}
        onNavigate={onNavigate}
        actions={
          <>
            <AccountControls
              label={t.t('accountLabel')}
              person={person && { name: person.name, detail: t.t('levelOfAssurance', { level }) }}
              loginLabel={t.t('login')}
              // A full page load as in the portal; the emulator "logs in" the first test citizen.
              loginHref={`${path}?person=jan-substantial`}
              logoutLabel={t.t('logout')}
              logoutAction="/auth/logout"
              csrfToken="czp-dev-csrf-token"
            />
            <LanguageSwitch<Locale>
              label={t.t('languageLabel')}
              current={locale}
              options={[
                { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
                { locale: 'en', label: 'English', shortLabel: 'EN' },
              ]}
              onChange={(next) => stores.host.setState({ locale: next })}
            />
            <ThemeSwitch
              label={t.t('highContrast')}
              shortLabel={t.t('highContrastShort')}
              highContrast={theme === 'high-contrast'}
              onChange={(on) => stores.frame.setState({ theme: on ? 'high-contrast' : 'light' })}
            />
            <SettingsMenu
              label={t.t('settings')}
              items={SETTINGS.map((item) => ({ href: item.path, label: t.t(item.label), current: item.path === path }))}
              onNavigate={onNavigate}
            />
          </>
        }
      />
      <MainTabs
        label={t.t('mainNavigation')}
        items={TABS.map((tab) => ({ href: tab.path, label: t.t(tab.label), current: path.startsWith(tab.path) }))}
        onNavigate={onNavigate}
      />
      <PageLayout footer={<p>{t.t('footer', { service: metadata.id })}</p>}>
        {inService ? (
          <ServicePlace props={props} t={t} />
        ) : (
          <PortalPage path={path} serviceId={metadata.id} stores={stores} t={t} />
        )}
      </PageLayout>
      <ToastRegion
        toasts={toasts}
        dismissLabel={t.t('dismiss')}
        onDismiss={(id) => stores.frame.setState((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) }))}
      />
    </>
  );
}
