import type { LevelOfAssurance } from '@czp/contract';
import type { IdentityProvider, VerifiedIdentity } from '../auth/identity-provider.js';

/**
 * An identity provider for route tests: it "logs in" whoever the test named in the callback's `code`
 * (`<subject>:<level>`) and checks the state like a real client does. The full flow against the real
 * development provider is tested in flow.test.ts.
 */
export function scriptedIdentityProvider(people: Record<string, string>): IdentityProvider & {
  lastRequest: { state: string; level?: LevelOfAssurance; loginHint?: string } | null;
} {
  const provider = {
    development: true,
    origin: 'https://idp.test',
    lastRequest: null as { state: string; level?: LevelOfAssurance; loginHint?: string } | null,
    async authorizationUrl(request: { state: string; level?: LevelOfAssurance; loginHint?: string }) {
      provider.lastRequest = {
        state: request.state,
        ...(request.level ? { level: request.level } : {}),
        ...(request.loginHint ? { loginHint: request.loginHint } : {}),
      };
      const url = new URL('https://idp.test/authorize');
      url.searchParams.set('state', request.state);
      if (request.level) url.searchParams.set('acr_values', request.level);
      return url;
    },
    async completeLogin(callbackUrl: URL, checks: { state: string }): Promise<VerifiedIdentity> {
      if (callbackUrl.searchParams.get('state') !== checks.state) throw new Error('state mismatch');
      const [subject = '', level = 'substantial'] = (callbackUrl.searchParams.get('code') ?? '').split(':');
      const name = people[subject];
      if (!name) throw new Error('invalid_grant');
      return {
        issuer: 'https://idp.test',
        subject,
        name,
        level: level as LevelOfAssurance,
        idToken: `id-token-of-${subject}`,
      };
    },
    async logoutUrl(idToken: string | null, postLogoutRedirectUri: string) {
      const url = new URL('https://idp.test/logout');
      if (idToken) url.searchParams.set('id_token_hint', idToken);
      url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
      return url;
    },
  };
  return provider;
}
