import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GovButton } from '../../gov.js';
import { EmptyState } from '../empty-state/EmptyState.js';
import { MainTabs } from '../main-tabs/MainTabs.js';
import { PortalHeader } from '../portal-header/PortalHeader.js';
import { HEADER_TEXTS, headerActions, portalTabs } from '../portal-header/portal-header.fixtures.js';
import { RemoteFallback } from '../remote-fallback/RemoteFallback.js';
import { RemoteSkeleton } from '../remote-skeleton/RemoteSkeleton.js';
import { ServiceTile } from '../service-tile/ServiceTile.js';
import { ToastRegion } from '../toast-region/ToastRegion.js';
import { PageLayout } from './PageLayout.js';

const CS = {
  locale: 'cs',
  portalName: 'Portál občana',
  subtitle: 'Portál veřejné správy',
  skipLink: 'Přeskočit na obsah',
  ...HEADER_TEXTS.cs,
  servicesTitle: 'Služby',
  servicesLead: 'Služby obcí, ministerstev a portálu, které můžete používat na Portálu občana.',
  services: [
    {
      name: 'Portál občana Telč',
      issuer: 'Vydává: Město Telč',
      description: 'Přihlášení psa, poplatek za odpad a rezervace obřadní síně.',
    },
    {
      name: 'Úřad práce',
      issuer: 'Vydává: Úřad práce České republiky',
      description: 'Žádosti o dávky a příspěvky z domova.',
    },
    { name: 'Znojmo', issuer: 'Vydává: Město Znojmo', description: 'Parkovací karty a hlášení závad.' },
  ],
  addService: 'Přidat službu',
  loading: 'Načítám službu Portál občana Telč…',
  failedTitle: 'Službu Portál občana Telč se nepodařilo načíst',
  failedText: 'Služba je nyní nedostupná. Ostatní části portálu fungují dál.',
  retry: 'Zkusit znovu',
  report: 'Nahlásit problém',
  details: 'Technické podrobnosti',
  unavailableTitle: 'Tato sekce se připravuje',
  unavailableText: 'Sekce Kalendář zatím není k dispozici. Využijte prosím služby v katalogu.',
  toast: 'Služba Portál občana Telč je mezi vašimi službami.',
  dismiss: 'Zavřít',
  footer: 'Portál občana · provozuje Ministerstvo vnitra České republiky · Verze 1.0.0',
  footerLinks: {
    label: 'O portálu',
    items: [
      { href: '/accessibility', label: 'Prohlášení o přístupnosti' },
      { href: '/cookies', label: 'Cookies' },
      { href: '/support', label: 'Technická podpora' },
      { href: '/services', label: 'Katalog služeb' },
    ],
  },
};
type FrameTexts = typeof CS;
const EN: FrameTexts = {
  locale: 'en',
  portalName: 'Citizen Portal',
  subtitle: 'Public administration portal',
  skipLink: 'Skip to content',
  ...HEADER_TEXTS.en,
  servicesTitle: 'Services',
  servicesLead: 'Services of municipalities, ministries and the portal that you can use in the Citizen Portal.',
  services: [
    {
      name: 'Telč Citizen Portal',
      issuer: 'Issuer: Town of Telč',
      description: 'Dog registration, the waste fee and booking the wedding hall.',
    },
    {
      name: 'Labour Office',
      issuer: 'Issuer: Labour Office of the Czech Republic',
      description: 'Apply for benefits and allowances from home.',
    },
    { name: 'Znojmo', issuer: 'Issuer: Town of Znojmo', description: 'Parking permits and reporting faults.' },
  ],
  addService: 'Add service',
  loading: 'Loading the service Telč Citizen Portal…',
  failedTitle: 'The service Telč Citizen Portal could not be loaded',
  failedText: 'The service is unavailable right now. The rest of the portal keeps working.',
  retry: 'Try again',
  report: 'Report the problem',
  details: 'Technical details',
  unavailableTitle: 'This section is being prepared',
  unavailableText: 'The section Calendar is not available yet. Please use the services in the catalogue.',
  toast: 'The service Telč Citizen Portal is among your services.',
  dismiss: 'Dismiss',
  footer: 'Citizen Portal · operated by the Ministry of the Interior of the Czech Republic · Version 1.0.0',
  footerLinks: {
    label: 'About the portal',
    items: [
      { href: '/accessibility', label: 'Accessibility statement' },
      { href: '/cookies', label: 'Cookies' },
      { href: '/support', label: 'Technical support' },
      { href: '/services', label: 'Service catalogue' },
    ],
  },
};

const SERVICE_HREFS = ['/sluzby/telc', '/sluzby/urad-prace', '/sluzby/znojmo'];

interface FrameArgs {
  /** Every visible text, in one language. */
  texts: FrameTexts;
  signedIn: boolean;
  /** What the page shows: the catalogue, a service loading, a service that failed, a section not ready yet. */
  content: 'services' | 'loading' | 'failed' | 'unavailable';
  /** Current tab. */
  currentTab?: string;
  showToast: boolean;
  onNavigate: (href: string) => void;
  onLanguageChange: (locale: string) => void;
  onRetry: () => void;
  onDismiss: (id: string) => void;
}

function Content({ texts: t, content, onNavigate, onRetry }: FrameArgs) {
  if (content === 'loading') return <RemoteSkeleton label={t.loading} />;
  if (content === 'failed') {
    return (
      <RemoteFallback
        title={t.failedTitle}
        text={t.failedText}
        retryLabel={t.retry}
        onRetry={onRetry}
        reportLabel={t.report}
        onReport={onRetry}
        detailsLabel={t.details}
        details="telc@1.0.0: remoteEntry.js 503"
      />
    );
  }
  if (content === 'unavailable') {
    return <EmptyState title={t.unavailableTitle} text={t.unavailableText} headingLevel={1} />;
  }
  return (
    <>
      <h1>{t.servicesTitle}</h1>
      <p>{t.servicesLead}</p>
      <ul
        className="gov-list--plain"
        style={{
          display: 'grid',
          gap: 'var(--czp-space-3)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
          margin: 0,
          padding: 0,
          listStyle: 'none',
        }}
      >
        {t.services.map((service, i) => (
          <li key={SERVICE_HREFS[i]}>
            <ServiceTile
              href={SERVICE_HREFS[i] ?? '/sluzby'}
              {...service}
              onNavigate={onNavigate}
              actions={
                <GovButton
                  type="solid"
                  color="primary"
                  size="s"
                  aria-label={`${t.addService}: ${service.name}`}
                  onClick={() => onNavigate('/add')}
                >
                  {t.addService}
                </GovButton>
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The whole portal frame as the shell composes it: header, tabs, page, footer with its links and the toasts. */
function Frame(args: FrameArgs) {
  const { texts: t, signedIn, currentTab, showToast, onNavigate, onLanguageChange, onDismiss } = args;
  return (
    <>
      <PortalHeader
        portalName={t.portalName}
        subtitle={t.subtitle}
        skipLinkLabel={t.skipLink}
        onNavigate={onNavigate}
        actions={headerActions({ texts: t, locale: t.locale, signedIn, onNavigate, onLanguageChange })}
      />
      <MainTabs label={t.navigation} onNavigate={onNavigate} items={portalTabs(t, currentTab, signedIn)} />
      <PageLayout footer={<p>{t.footer}</p>} links={t.footerLinks} onNavigate={onNavigate}>
        <Content {...args} />
      </PageLayout>
      <ToastRegion
        toasts={showToast ? [{ id: 'added', kind: 'success', message: t.toast }] : []}
        dismissLabel={t.dismiss}
        onDismiss={onDismiss}
      />
    </>
  );
}

const meta = {
  title: 'Portal/PortalFrame',
  component: Frame,
  subcomponents: { PageLayout, PortalHeader, MainTabs },
  args: {
    texts: CS,
    signedIn: true,
    content: 'services',
    showToast: false,
    onNavigate: fn(),
    onLanguageChange: fn(),
    onRetry: fn(),
    onDismiss: fn(),
  },
  argTypes: { content: { control: 'radio', options: ['services', 'loading', 'failed', 'unavailable'] } },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
    locale: { en: { texts: EN } },
  },
} satisfies Meta<typeof Frame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in, on the service catalogue, just after adding a service (the toast). */
export const WholePage: Story = { name: 'Whole page', args: { showToast: true } };

/** Nobody signed in: the login link; no unread count. */
export const SignedOut: Story = { args: { signedIn: false } };

/** A service (a remote) loading in the page. */
export const ServiceLoading: Story = { args: { content: 'loading' } };

/** A service that failed to load: the rest of the frame keeps working. */
export const ServiceFailed: Story = { args: { content: 'failed' } };

/** A section that is not ready yet, its tab current. */
export const SectionUnavailable: Story = { args: { content: 'unavailable', currentTab: '/kalendar' } };
