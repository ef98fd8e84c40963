import { gateCheck } from './gate-check.js';

/** czp.service.json against the contract (names, issuer and IČO, category, contacts), the version as semver, the logo. */
export const metadataCheck = gateCheck('metadata', 'metadata');
