/**
 * @czp/design-system: the Citizen Portal's components on the gov.cz design system.
 * Styles: import '@czp/design-system/styles.css' once (the shell does); this module has no side effects.
 */

export { AccountControls } from './components/account-controls/AccountControls.js';
// Button fixes gov.cz's GovButton `disabled`; callers import it under the gov.cz name.
export { Button as GovButton } from './components/button/Button.js';
export { ButtonLink } from './components/button-link/ButtonLink.js';
export { ConfirmDialog } from './components/confirm-dialog/ConfirmDialog.js';
export { CookieBar } from './components/cookie-bar/CookieBar.js';
export { EmptyState } from './components/empty-state/EmptyState.js';
export { ErrorState } from './components/error-state/ErrorState.js';
export { LanguageSwitch } from './components/language-switch/LanguageSwitch.js';
export { MainTabs } from './components/main-tabs/MainTabs.js';
export { Notice } from './components/notice/Notice.js';
export { NotificationCentre } from './components/notification-centre/NotificationCentre.js';
export { PageLayout } from './components/page-layout/PageLayout.js';
export { PortalHeader } from './components/portal-header/PortalHeader.js';
export { RemoteFallback } from './components/remote-fallback/RemoteFallback.js';
export { RemoteSkeleton } from './components/remote-skeleton/RemoteSkeleton.js';
export { SecondaryNav } from './components/secondary-nav/SecondaryNav.js';
export { ServiceDetail } from './components/service-detail/ServiceDetail.js';
export { ServiceTile } from './components/service-tile/ServiceTile.js';
export { SettingsMenu } from './components/settings-menu/SettingsMenu.js';
export { ThemeSwitch } from './components/theme-switch/ThemeSwitch.js';
export { ToastRegion } from './components/toast-region/ToastRegion.js';
export { isPlainLeftClick, type NavigateHandler } from './internal/navigation.js';
