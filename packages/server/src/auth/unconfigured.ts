import type { IdentityProvider } from './identity-provider.js';

const notConfigured = () => Promise.reject(new Error('No identity provider is configured for this server'));

/** Stands in when a server is built without an identity provider (tests of other parts): login answers 503. */
export const unconfiguredIdentityProvider: IdentityProvider = {
  development: false,
  origin: 'null',
  authorizationUrl: notConfigured,
  completeLogin: notConfigured,
  logoutUrl: async () => null,
};
