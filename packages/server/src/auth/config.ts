import { LEVELS_OF_ASSURANCE, type LevelOfAssurance } from '@czp/contract';
import { z } from 'zod';
import { ConfigurationError } from '../startup/configuration-error.js';

/** The eIDAS level URIs NIA (identita.cz) sends as `acr`; the defaults of the OIDC_ACR_* variables. */
export const EIDAS_ACR_VALUES: Record<LevelOfAssurance, string> = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
};

/** Any OpenID Connect provider (NIA or another eIDAS provider), configured from the environment. */
export interface ExternalProviderConfig {
  kind: 'external';
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** The provider's `acr` value for each level of assurance. */
  acrValues: Record<LevelOfAssurance, string>;
}

/** No issuer configured outside production: the bundled development provider runs on its own port. */
interface DevelopmentProviderConfig {
  kind: 'development';
  port: number;
  acrValues: Record<LevelOfAssurance, string>;
}

export type IdentityProviderConfig = ExternalProviderConfig | DevelopmentProviderConfig;

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  OIDC_ISSUER: z
    .url({ error: 'OIDC_ISSUER must be the URL of an OpenID Connect issuer, e.g. https://nia.example' })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).default('openid profile'),
  OIDC_ACR_LOW: z.string().min(1).default(EIDAS_ACR_VALUES.low),
  OIDC_ACR_SUBSTANTIAL: z.string().min(1).default(EIDAS_ACR_VALUES.substantial),
  OIDC_ACR_HIGH: z.string().min(1).default(EIDAS_ACR_VALUES.high),
  CZP_DEV_IDP_PORT: z.coerce
    .number({ error: 'CZP_DEV_IDP_PORT must be a port number' })
    .int()
    .min(1, 'CZP_DEV_IDP_PORT must be a port number')
    .max(65535, 'CZP_DEV_IDP_PORT must be a port number')
    .default(8090),
});

/** Reads the identity provider settings; throws a ConfigurationError saying what to set when they are incomplete. */
export function loadIdentityProviderConfig(
  env: Record<string, string | undefined> = process.env,
): IdentityProviderConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const vars = parsed.data;
  const acrValues = { low: vars.OIDC_ACR_LOW, substantial: vars.OIDC_ACR_SUBSTANTIAL, high: vars.OIDC_ACR_HIGH };
  if (!vars.OIDC_ISSUER) {
    if (vars.NODE_ENV === 'production') {
      throw new ConfigurationError(
        'No identity provider is configured. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET; ' +
          'the bundled development identity provider never runs with NODE_ENV=production.',
      );
    }
    return { kind: 'development', port: vars.CZP_DEV_IDP_PORT, acrValues };
  }
  const missing = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const).filter((name) => !vars[name]);
  if (missing.length > 0) {
    throw new ConfigurationError(`OIDC_ISSUER is set, so ${missing.join(' and ')} must be set too.`);
  }
  if (!vars.OIDC_SCOPES.split(/\s+/).includes('openid')) {
    throw new ConfigurationError('OIDC_SCOPES must include "openid".');
  }
  return {
    kind: 'external',
    issuer: new URL(vars.OIDC_ISSUER),
    clientId: vars.OIDC_CLIENT_ID as string,
    clientSecret: vars.OIDC_CLIENT_SECRET as string,
    scopes: vars.OIDC_SCOPES,
    acrValues,
  };
}

/** The level of assurance a provider's `acr` claim stands for; an unknown or missing claim counts as low. */
export function levelOfAcr(acr: unknown, acrValues: Record<LevelOfAssurance, string>): LevelOfAssurance {
  for (const level of [...LEVELS_OF_ASSURANCE].reverse()) {
    if (acr === acrValues[level] || acr === level) return level;
  }
  return 'low';
}
