import * as oidc from 'openid-client';
import { type DevIdentityProvider, startDevIdentityProvider } from '../index.js';
import { Browser } from './browser.js';

/** The portal as the tests play it: a confidential client on a port where nothing listens. */
export const PORTAL = {
  clientId: 'czp-portal',
  clientSecret: 'dev-portal-secret-for-tests',
  redirectUri: 'http://localhost:3999/auth/callback',
  postLogoutRedirectUri: 'http://localhost:3999/logged-out',
};

interface LogEntry {
  message: string;
  fields?: Record<string, unknown>;
}

export interface Harness {
  idp: DevIdentityProvider;
  config: oidc.Configuration;
  logs: LogEntry[];
  /** Moves the clock the SMS codes, locks and rate limits see. */
  advance(ms: number): void;
  resetClock(): void;
  browser(): Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const logs: LogEntry[] = [];
  let offset = 0;
  const idp = await startDevIdentityProvider({
    issuer: 'http://localhost',
    port: 0,
    clients: [
      {
        clientId: PORTAL.clientId,
        clientSecret: PORTAL.clientSecret,
        redirectUris: [PORTAL.redirectUri],
        postLogoutRedirectUris: [PORTAL.postLogoutRedirectUri],
      },
    ],
    log: (message, fields) => logs.push({ message, fields }),
    now: () => Date.now() + offset,
  });
  const config = await oidc.discovery(
    new URL(idp.issuer),
    PORTAL.clientId,
    undefined,
    oidc.ClientSecretBasic(PORTAL.clientSecret),
    { execute: [oidc.allowInsecureRequests] },
  );
  return {
    idp,
    config,
    logs,
    advance: (ms) => {
      offset += ms;
    },
    resetClock: () => {
      offset = 0;
    },
    browser: () => new Browser([PORTAL.redirectUri, PORTAL.postLogoutRedirectUri]),
    close: () => idp.close(),
  };
}

export interface AuthorizationRequest {
  url: URL;
  checks: { pkceCodeVerifier: string; expectedState: string; expectedNonce: string };
}

/** An authorization URL with PKCE, state and nonce, as the portal builds it. */
export async function authorizationRequest(
  harness: Harness,
  extra: Record<string, string> = {},
): Promise<AuthorizationRequest> {
  const pkceCodeVerifier = oidc.randomPKCECodeVerifier();
  const expectedState = oidc.randomState();
  const expectedNonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(harness.config, {
    redirect_uri: PORTAL.redirectUri,
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    state: expectedState,
    nonce: expectedNonce,
    ...extra,
  });
  return { url, checks: { pkceCodeVerifier, expectedState, expectedNonce } };
}

/** The token request for the code the callback URL carries. */
export async function exchange(harness: Harness, callback: URL, request: AuthorizationRequest) {
  return oidc.authorizationCodeGrant(harness.config, callback, request.checks);
}
