import type { LevelOfAssurance, Locale } from '@czp/contract';
import * as oidc from 'openid-client';
import { type ExternalProviderConfig, type IdentityProviderConfig, levelOfAcr } from './config.js';

/** Who the identity provider says signed in. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  name: string;
  level: LevelOfAssurance;
  /** Kept on the server for the logout request (id_token_hint); never sent to the browser. */
  idToken: string | null;
}

interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
  locale: Locale;
  /** Ask for at least this level (step-up); also forces a fresh login at the provider. */
  level?: LevelOfAssurance;
  /** A step-up: the subject of the person signed in, so the provider offers that person (`login_hint`). */
  loginHint?: string;
}

/** The portal as an OpenID Connect client of one provider (authorization code + PKCE, confidential client). */
export interface IdentityProvider {
  readonly development: boolean;
  /** The provider's origin: the browser is sent there (and back), so the CSP's form-action must allow it. */
  readonly origin: string;
  authorizationUrl(request: AuthorizationRequest): Promise<URL>;
  /** Verifies the callback (state, PKCE, nonce, issuer, signature) and exchanges the code; throws when anything is off. */
  completeLogin(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<VerifiedIdentity>;
  /** Where to send the browser to end the session at the provider too; null when the provider has no such endpoint. */
  logoutUrl(idToken: string | null, postLogoutRedirectUri: string): Promise<URL | null>;
}

export interface OidcClientOptions {
  config: IdentityProviderConfig;
  /** The provider's issuer URL (the development provider's is known only once it listens). */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  redirectUri: string;
}

/** An IdentityProvider backed by openid-client. Discovery is lazy and retried, so the portal starts while the provider is down. */
export function createOidcIdentityProvider(options: OidcClientOptions): IdentityProvider {
  const { config } = options;
  const insecure = options.issuer.protocol === 'http:';
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(options.issuer, options.clientId, undefined, oidc.ClientSecretBasic(options.clientSecret), {
        // Plain http only for a provider on http (the development one on localhost); https everywhere else.
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    development: config.kind === 'development',
    origin: options.issuer.origin,

    async authorizationUrl(request) {
      const parameters: Record<string, string> = {
        redirect_uri: options.redirectUri,
        scope: options.scopes,
        response_type: 'code',
        state: request.state,
        nonce: request.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
        code_challenge_method: 'S256',
        ui_locales: request.locale,
      };
      if (request.level) {
        parameters.acr_values = config.acrValues[request.level];
        parameters.prompt = 'login';
      }
      if (request.loginHint) parameters.login_hint = request.loginHint;
      return oidc.buildAuthorizationUrl(await configuration(), parameters);
    },

    async completeLogin(callbackUrl, checks) {
      const client = await configuration();
      const tokens = await oidc.authorizationCodeGrant(client, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The identity provider returned no ID token');
      let name = typeof claims.name === 'string' ? claims.name : '';
      if (!name) {
        // Some providers (NIA among them) release personal claims only from the userinfo endpoint.
        const info = await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
        name =
          typeof info.name === 'string'
            ? info.name
            : [info.given_name, info.family_name].filter((part) => typeof part === 'string').join(' ');
      }
      if (!name) throw new Error('The identity provider did not release the person’s name (scope profile)');
      return {
        issuer: client.serverMetadata().issuer,
        subject: claims.sub,
        name,
        level: levelOfAcr(claims.acr, config.acrValues),
        idToken: tokens.id_token ?? null,
      };
    },

    async logoutUrl(idToken, postLogoutRedirectUri) {
      const client = await configuration();
      if (!client.serverMetadata().end_session_endpoint) return null;
      const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri };
      if (idToken) parameters.id_token_hint = idToken;
      else parameters.client_id = options.clientId;
      return oidc.buildEndSessionUrl(client, parameters);
    },
  };
}

/** The provider the operator configured (OIDC_*), with this portal's callback as the redirect URI. */
export function externalIdentityProvider(config: ExternalProviderConfig, redirectUri: string): IdentityProvider {
  return createOidcIdentityProvider({
    config,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    scopes: config.scopes,
    redirectUri,
  });
}
