/**
 * @czp/dev-idp: a development OpenID Connect identity provider modelled on identita.cz (NIA), built on oidc-provider.
 * The portal's backend starts it in-process when no external issuer is configured. Never run it in production.
 */
export { TEST_CITIZENS, type TestCitizen } from './citizens.js';
export { ACR_VALUES, type LevelOfAssurance } from './levels.js';
export type { DevIdpClient } from './provider.js';
export { type DevIdentityProvider, type DevIdentityProviderOptions, startDevIdentityProvider } from './server.js';
