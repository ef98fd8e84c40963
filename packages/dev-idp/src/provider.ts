import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import Provider, { type Configuration, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { citizenBySub, fullName } from './citizens.js';
import { trustedHtml } from './html.js';
import { pageSecurityHeaders } from './http.js';
import { ACR_VALUES, requestedLevel } from './levels.js';
import { pickLocale } from './messages.js';
import { loggedOutPage, logoutPage, providerErrorPage, type View } from './pages.js';

/** A relying party registered with the provider (the portal's backend). */
export interface DevIdpClient {
  clientId: string;
  /** What the login page says is asking, e.g. "Portál občana" (default: the client id). */
  clientName?: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

/** Lifetimes in seconds. Short, since this is a development login and nothing should outlive a working session. */
export const TTL = {
  AuthorizationCode: 60,
  IdToken: 10 * 60,
  AccessToken: 10 * 60,
  Interaction: 10 * 60,
  Session: 60 * 60,
  Grant: 60 * 60,
  RefreshToken: 60 * 60,
} as const;

export interface ProviderSetup {
  issuer: string;
  clients: readonly DevIdpClient[];
  /** Origins the pages' form-action allows besides 'self'. */
  formActionOrigins: readonly string[];
  log: (message: string, fields?: Record<string, unknown>) => void;
}

export function createProvider(setup: ProviderSetup): Provider {
  const headers = (nonce?: string) => pageSecurityHeaders(setup.formActionOrigins, nonce);
  const configuration: Configuration = {
    clients: setup.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      ...(client.clientName ? { client_name: client.clientName } : {}),
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // oidc-provider accepts client_secret_post as well for a client registered with client_secret_basic.
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    responseTypes: ['code'],
    // oidc-provider 9 requires PKCE only for public clients by default; the portal always sends it, so require it.
    pkce: { required: () => true },
    claims: {
      // acr, amr and auth_time belong to openid so every id_token carries them, as NIA's do; as standalone
      // claims oidc-provider would add them only when the client asks through acr_values or claims.
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      profile: ['name', 'given_name', 'family_name', 'birthdate'],
    },
    acrValues: Object.values(ACR_VALUES),
    // The portal reads name and acr from the id_token without calling userinfo.
    conformIdTokenClaims: false,
    discovery: { ui_locales_supported: ['cs', 'en'] },
    // Random per process: restarting the dev IdP logs everybody out, which is fine for development.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [signingKey()] },
    ttl: { ...TTL },
    interactions: { policy: loginPolicy(), url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const citizen = citizenBySub(sub);
      if (!citizen) return undefined;
      return {
        accountId: citizen.sub,
        claims: async () => ({
          sub: citizen.sub,
          name: fullName(citizen),
          given_name: citizen.givenName,
          family_name: citizen.familyName,
          birthdate: citizen.birthdate,
        }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      // Lets a relying party ask for an essential acr through the claims parameter.
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          const nonce = randomBytes(16).toString('base64');
          ctx.set(headers(nonce));
          ctx.type = 'html';
          ctx.body = logoutPage(viewOf(ctx), {
            service: ctx.oidc.client?.clientName ?? ctx.oidc.client?.clientId,
            form: trustedHtml(form),
            nonce,
          });
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.set(headers());
          ctx.type = 'html';
          ctx.body = loggedOutPage(viewOf(ctx));
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.set(headers());
      ctx.type = 'html';
      ctx.body = providerErrorPage(viewOf(ctx), { error: out.error, description: out.error_description });
    },
  };

  const provider = new Provider(setup.issuer, configuration);
  provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => {
    setup.log('dev-idp: oidc-provider server error', { error: error.message });
  });
  return provider;
}

/**
 * The default policy plus one login check: a service asking for the high level (even as a voluntary acr_values)
 * gets a fresh login unless the session already has it, so a substantial session is stepped up with the card.
 */
function loginPolicy(): interactionPolicy.DefaultPolicy {
  const { Check, base } = interactionPolicy;
  const policy = base();
  policy
    .get('login')
    ?.checks.add(
      new Check('acr_high_required', 'the service requires the high level of assurance', (ctx) =>
        requestedLevel(ctx.oidc.params as Record<string, unknown>) === 'high' && ctx.oidc.acr !== ACR_VALUES.high
          ? Check.REQUEST_PROMPT
          : Check.NO_NEED_TO_PROMPT,
      ),
    );
  return policy;
}

/** A fresh RSA signing key per process, instead of oidc-provider's published quick-start keys. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

/** Language of a page oidc-provider renders: `lang` query (our language link), then `ui_locales`. */
function viewOf(ctx: KoaContextWithOIDC): View {
  const locale = pickLocale(ctx.query.lang, ctx.oidc?.params?.ui_locales);
  const query = new URLSearchParams(ctx.querystring);
  query.set('lang', locale === 'cs' ? 'en' : 'cs');
  return { locale, languageHref: `${ctx.path}?${query}` };
}
