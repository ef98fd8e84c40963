/**
 * The gov.cz primitives callers may use directly. Imported file by file (not from the package
 * index) so the bundle holds only these and never the heavy ones (tooltip/dropdown pull floating-ui).
 */
export { GovButton, type GovButtonProps } from '@gov-design-system-ce/react/dist/gov-button/button/GovButton.js';
export { GovEmpty, type GovEmptyProps } from '@gov-design-system-ce/react/dist/gov-empty/GovEmpty.js';
export { GovFormLabel, type GovFormLabelProps } from '@gov-design-system-ce/react/dist/gov-form/label/GovFormLabel.js';
export {
  GovFormMessage,
  type GovFormMessageProps,
} from '@gov-design-system-ce/react/dist/gov-form/message/GovFormMessage.js';
export { GovIcon, type GovIconProps } from '@gov-design-system-ce/react/dist/gov-icon/GovIcon.js';
export { GovLink, type GovLinkProps } from '@gov-design-system-ce/react/dist/gov-link/GovLink.js';
export { GovTag, type GovTagProps } from '@gov-design-system-ce/react/dist/gov-tag/GovTag.js';
export { GovTile, type GovTileProps } from '@gov-design-system-ce/react/dist/gov-tile/GovTile.js';
