import {
  EmptyState,
  GovButton,
  LanguageSwitch,
  MainTabs,
  PageLayout,
  PortalHeader,
  RemoteFallback,
  RemoteSkeleton,
  ServiceTile,
  SettingsMenu,
  ToastRegion,
} from '../index.js';

/** The portal frame as the shell composes it, with every component in it (Czech texts). */
export function Frame() {
  return (
    <>
      <PortalHeader
        portalName="Portál občana"
        subtitle="Portál veřejné správy"
        skipLinkLabel="Přeskočit na obsah"
        onNavigate={() => {}}
        actions={
          <>
            <span>Jan Kalina</span>
            <LanguageSwitch
              label="Jazyk"
              current="cs"
              options={[
                { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
                { locale: 'en', label: 'English', shortLabel: 'EN' },
              ]}
            />
            <SettingsMenu
              label="Nastavení"
              items={[
                { href: '/sluzby', label: 'Služby' },
                { href: '/jazyk', label: 'Jazyk' },
                { href: '/datova-schranka', label: 'Datová schránka' },
                { href: '/notifikace', label: 'Notifikace' },
                { href: '/prohlaseni-o-pristupnosti', label: 'Prohlášení o přístupnosti' },
                { href: '/cookies', label: 'Cookies' },
                { href: '/technicka-podpora', label: 'Technická podpora' },
              ]}
            />
          </>
        }
      />
      <MainTabs
        label="Hlavní navigace"
        items={[
          { href: '/profil', label: 'Profil', current: true },
          { href: '/data', label: 'Data' },
          { href: '/datova-schranka', label: 'Datová schránka' },
          { href: '/kalendar', label: 'Kalendář' },
          { href: '/dokumenty', label: 'Dokumenty' },
          { href: '/podani', label: 'Podání' },
        ]}
      />
      <PageLayout footer={<p>Ministerstvo vnitra ČR</p>}>
        <h1>Služby</h1>
        <ul>
          <li>
            <ServiceTile
              href="/sluzby/telc"
              name="Portál občana Telč"
              issuer="Vydává: Město Telč"
              description="Online služby."
            />
          </li>
        </ul>
        <RemoteSkeleton label="Načítá se služba Telč" />
        <RemoteFallback
          title="Službu Znojmo se nepodařilo načíst"
          text="Zkuste to prosím znovu."
          retryLabel="Zkusit znovu"
          onRetry={() => {}}
          reportLabel="Nahlásit problém"
          onReport={() => {}}
          detailsLabel="Technické podrobnosti"
          details="timeout"
        />
        <EmptyState title="Zatím nedostupné" text="Sekce Kalendář bude brzy k dispozici." />
        <GovButton type="outlined" color="primary">
          Další
        </GovButton>
      </PageLayout>
      <ToastRegion
        toasts={[{ id: '1', kind: 'info', message: 'Vítejte.' }]}
        dismissLabel="Zavřít"
        onDismiss={() => {}}
      />
    </>
  );
}
