/**
 * @czp/design-system: the Citizen Portal's components on the gov.cz design system.
 * Styles: import '@czp/design-system/styles.css' once (the shell does); this module has no side effects.
 */

export {
  AccountControls,
  type AccountControlsProps,
  type AccountPerson,
} from './components/account-controls/AccountControls.js';
// gov.cz primitives, under their gov.cz names and our short aliases.
// Button fixes GovButton's `disabled`; existing code imports it as GovButton.
export {
  Button,
  Button as GovButton,
  type ButtonProps,
  type ButtonProps as GovButtonProps,
} from './components/button/Button.js';
export { ButtonLink, type ButtonLinkProps } from './components/button-link/ButtonLink.js';
export { ConfirmDialog, type ConfirmDialogProps } from './components/confirm-dialog/ConfirmDialog.js';
export { CookieBar, type CookieBarProps } from './components/cookie-bar/CookieBar.js';
export { EmptyState, type EmptyStateAction, type EmptyStateProps } from './components/empty-state/EmptyState.js';
export { ErrorState, type ErrorStateProps } from './components/error-state/ErrorState.js';
export {
  type LanguageOption,
  LanguageSwitch,
  type LanguageSwitchProps,
} from './components/language-switch/LanguageSwitch.js';
export { type MainTab, MainTabs, type MainTabsProps } from './components/main-tabs/MainTabs.js';
export { Notice, type NoticeKind, type NoticeProps } from './components/notice/Notice.js';
export { PageLayout, type PageLayoutProps } from './components/page-layout/PageLayout.js';
export { PortalHeader, type PortalHeaderProps } from './components/portal-header/PortalHeader.js';
export { RemoteFallback, type RemoteFallbackProps } from './components/remote-fallback/RemoteFallback.js';
export { RemoteSkeleton, type RemoteSkeletonProps } from './components/remote-skeleton/RemoteSkeleton.js';
export {
  SecondaryNav,
  type SecondaryNavItem,
  type SecondaryNavProps,
} from './components/secondary-nav/SecondaryNav.js';
export {
  ServiceDetail,
  type ServiceDetailLabels,
  type ServiceDetailProps,
} from './components/service-detail/ServiceDetail.js';
export { ServiceTile, type ServiceTileProps } from './components/service-tile/ServiceTile.js';
export {
  SettingsMenu,
  type SettingsMenuItem,
  type SettingsMenuProps,
} from './components/settings-menu/SettingsMenu.js';
export { ThemeSwitch, type ThemeSwitchProps } from './components/theme-switch/ThemeSwitch.js';
export {
  type Toast,
  type ToastKind,
  ToastRegion,
  type ToastRegionProps,
} from './components/toast-region/ToastRegion.js';
export {
  GovIcon,
  GovIcon as Icon,
  type GovIconProps,
  type GovIconProps as IconProps,
  GovLink,
  GovLink as Link,
  type GovLinkProps,
  type GovLinkProps as LinkProps,
} from './gov.js';
export type { HeadingLevel } from './internal/heading.js';
export { isPlainLeftClick, type NavigateHandler } from './internal/navigation.js';
