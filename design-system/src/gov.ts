/**
 * The gov.cz primitives callers may use directly. Imported file by file (not from the package
 * index) so the bundle holds only these and never the heavy ones (tooltip/dropdown pull floating-ui).
 */
export { GovButton, type GovButtonProps } from '@gov-design-system-ce/react/dist/gov-button/button/GovButton.js';
export { GovEmpty } from '@gov-design-system-ce/react/dist/gov-empty/GovEmpty.js';
export { GovFormLabel } from '@gov-design-system-ce/react/dist/gov-form/label/GovFormLabel.js';
export { GovFormMessage } from '@gov-design-system-ce/react/dist/gov-form/message/GovFormMessage.js';
export { GovIcon } from '@gov-design-system-ce/react/dist/gov-icon/GovIcon.js';
export { GovTag } from '@gov-design-system-ce/react/dist/gov-tag/GovTag.js';
export { GovTile } from '@gov-design-system-ce/react/dist/gov-tile/GovTile.js';
