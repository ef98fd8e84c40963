/**
 * @czp/design-system: the Citizen Portal's components on the gov.cz design system.
 * Styles: import '@czp/design-system/styles.css' once (the shell does); this module has no side effects.
 */

export {
  AccountControls,
  type AccountControlsProps,
  type AccountPerson,
} from './components/account-controls/AccountControls.js';
export { ConfirmDialog, type ConfirmDialogProps } from './components/confirm-dialog/ConfirmDialog.js';
export { EmptyState, type EmptyStateAction, type EmptyStateProps } from './components/empty-state/EmptyState.js';
export {
  type LanguageOption,
  LanguageSwitch,
  type LanguageSwitchProps,
} from './components/language-switch/LanguageSwitch.js';
export { type MainTab, MainTabs, type MainTabsProps } from './components/main-tabs/MainTabs.js';
export { PageLayout, type PageLayoutProps } from './components/page-layout/PageLayout.js';
export { PortalHeader, type PortalHeaderProps } from './components/portal-header/PortalHeader.js';
export { RemoteFallback, type RemoteFallbackProps } from './components/remote-fallback/RemoteFallback.js';
export { RemoteSkeleton, type RemoteSkeletonProps } from './components/remote-skeleton/RemoteSkeleton.js';
export { ServiceTile, type ServiceTileProps } from './components/service-tile/ServiceTile.js';
export {
  SettingsMenu,
  type SettingsMenuItem,
  type SettingsMenuProps,
} from './components/settings-menu/SettingsMenu.js';
export {
  type Toast,
  type ToastKind,
  ToastRegion,
  type ToastRegionProps,
} from './components/toast-region/ToastRegion.js';
// gov.cz primitives, under their gov.cz names and our short aliases.
export {
  GovButton,
  GovButton as Button,
  type GovButtonProps,
  type GovButtonProps as ButtonProps,
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
