import { randomBytes } from 'node:crypto';
import { startDevIdentityProvider } from '@czp/dev-idp';
import type { IdentityProviderConfig } from '../auth/config.js';
import {
  createOidcIdentityProvider,
  externalIdentityProvider,
  type IdentityProvider,
} from '../auth/identity-provider.js';
import { redirectUris } from '../auth/routes.js';
import { ConfigurationError } from '../startup/configuration-error.js';

export interface RunningIdentityProvider {
  provider: IdentityProvider;
  close(): Promise<void>;
}

const DEV_CLIENT_ID = 'czp-portal';

/**
 * The configured provider, or (outside production, with none configured) the bundled development provider started on
 * its own port, with this portal registered as its client under a secret made for this process.
 */
export async function startIdentityProvider(
  config: IdentityProviderConfig,
  options: { publicUrl: string; host?: string; log: { info(message: string): void } },
): Promise<RunningIdentityProvider> {
  const uris = redirectUris(options.publicUrl);
  if (config.kind === 'external') {
    return { provider: externalIdentityProvider(config, uris.callback), close: async () => {} };
  }
  const clientSecret = randomBytes(32).toString('base64url');
  const host = options.host && options.host !== 'localhost' ? options.host : 'localhost';
  const dev = await startDevIdentityProvider({
    issuer: `http://localhost:${config.port}`,
    port: config.port,
    host,
    clients: [
      {
        clientId: DEV_CLIENT_ID,
        clientName: 'Portál občana',
        clientSecret,
        redirectUris: [uris.callback],
        postLogoutRedirectUris: [uris.afterLogout],
      },
    ],
    log: (message) => options.log.info(`[development identity provider] ${message}`),
  }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw new ConfigurationError(
        `Port ${config.port} for the development identity provider is in use. Stop what uses it or set CZP_DEV_IDP_PORT.`,
      );
    }
    throw error;
  });
  return {
    provider: createOidcIdentityProvider({
      config,
      issuer: new URL(dev.issuer),
      clientId: DEV_CLIENT_ID,
      clientSecret,
      scopes: 'openid profile',
      redirectUri: uris.callback,
    }),
    close: () => dev.close(),
  };
}
