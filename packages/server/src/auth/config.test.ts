import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../startup/configuration-error.js';
import { EIDAS_ACR_VALUES, levelOfAcr, loadIdentityProviderConfig } from './config.js';

describe('identity provider configuration', () => {
  it('uses the bundled development provider when no issuer is configured', () => {
    expect(loadIdentityProviderConfig({})).toMatchObject({ kind: 'development', port: 8090 });
    expect(loadIdentityProviderConfig({ CZP_DEV_IDP_PORT: '9191' })).toMatchObject({ port: 9191 });
  });

  it('refuses to start in production without an issuer, and says why', () => {
    expect(() => loadIdentityProviderConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadIdentityProviderConfig({ NODE_ENV: 'production' })).toThrow(/Set OIDC_ISSUER.*never runs/);
  });

  it('reads an external provider from the environment', () => {
    const config = loadIdentityProviderConfig({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://nia.example/oidc',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_SCOPES: 'openid profile email',
      OIDC_ACR_HIGH: 'urn:example:high',
    });
    expect(config).toMatchObject({ kind: 'external', clientId: 'portal', scopes: 'openid profile email' });
    expect(config.kind === 'external' && config.issuer.href).toBe('https://nia.example/oidc');
    expect(config.acrValues.high).toBe('urn:example:high');
    expect(config.acrValues.substantial).toBe(EIDAS_ACR_VALUES.substantial);
  });

  it('names what is missing or wrong', () => {
    expect(() => loadIdentityProviderConfig({ OIDC_ISSUER: 'https://nia.example' })).toThrow(
      'OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too.',
    );
    expect(() => loadIdentityProviderConfig({ OIDC_ISSUER: 'not a url' })).toThrow(/OIDC_ISSUER must be the URL/);
    expect(() => loadIdentityProviderConfig({ CZP_DEV_IDP_PORT: 'abc' })).toThrow(/CZP_DEV_IDP_PORT must be a port/);
    expect(() =>
      loadIdentityProviderConfig({
        OIDC_ISSUER: 'https://nia.example',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_SCOPES: 'profile',
      }),
    ).toThrow('OIDC_SCOPES must include "openid".');
  });

  it('maps the acr claim to a level, unknown values to low', () => {
    expect(levelOfAcr(EIDAS_ACR_VALUES.high, EIDAS_ACR_VALUES)).toBe('high');
    expect(levelOfAcr(EIDAS_ACR_VALUES.substantial, EIDAS_ACR_VALUES)).toBe('substantial');
    expect(levelOfAcr('urn:something:else', EIDAS_ACR_VALUES)).toBe('low');
    expect(levelOfAcr(undefined, EIDAS_ACR_VALUES)).toBe('low');
  });
});
