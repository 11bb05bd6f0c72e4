import { composerScopes } from '@composer/shared';
import * as oauth from 'oauth4webapi';
import { ApiProblem } from '../../lib/error-response.ts';
import type { BffConfig } from '../bff-config.ts';
import { stagingHeaders } from '../qonto/staging-headers.ts';

export interface AuthorizationRequest {
  url: URL;
  state: string;
  codeVerifier: string;
}

/** Thrown when Qonto's OAuth server refuses a code or refresh token: the user has to connect again. */
export class GrantRefused extends Error {}

export const sandboxHtmlProblem = () =>
  new ApiProblem(502, {
    code: 'qonto_configuration_error',
    detail:
      'Qonto answered with an HTML page instead of JSON: with QONTO_ENV=sandbox, check QONTO_STAGING_TOKEN (and that the app is a sandbox app).',
  });

/** Qonto's OAuth authorization code flow, done by oauth4webapi: PKCE S256, state, client_secret_post. */
export function createQontoOAuthClient(config: BffConfig & { auth: { kind: 'oauth' } }) {
  const as: oauth.AuthorizationServer = {
    issuer: new URL(config.hosts.authorize).origin,
    authorization_endpoint: config.hosts.authorize,
    token_endpoint: config.hosts.token,
  };
  const client: oauth.Client = { client_id: config.auth.clientId };
  const clientAuth = oauth.ClientSecretPost(config.auth.clientSecret);
  const requestOptions = (): oauth.TokenEndpointRequestOptions => ({
    [oauth.allowInsecureRequests]: config.environment === 'local',
    headers: stagingHeaders(config),
    signal: AbortSignal.timeout(config.upstreamTimeoutMs),
    [oauth.customFetch]: async (...args: Parameters<typeof fetch>) => {
      const response = await fetch(args[0], { ...args[1], redirect: 'manual' });
      if ((response.headers.get('content-type') ?? '').includes('text/html') || (response.status >= 300 && response.status < 400)) {
        throw sandboxHtmlProblem();
      }
      return response;
    },
  });

  const refused = (error: unknown): never => {
    if (error instanceof oauth.ResponseBodyError || error instanceof oauth.AuthorizationResponseError) {
      throw new GrantRefused(`${error.error}: ${error.error_description ?? ''}`);
    }
    throw error;
  };

  return {
    /** `organizationId` asks Qonto's consent for that organization (reconnecting one, or adding a known one). */
    async authorizationRequest(organizationId?: string): Promise<AuthorizationRequest> {
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      const url = new URL(as.authorization_endpoint!);
      const userFlow = config.auth.flow === 'user';
      url.search = new URLSearchParams({
        client_id: client.client_id,
        redirect_uri: config.auth.redirectUri,
        response_type: 'code',
        scope: [...composerScopes, ...(userFlow ? ['user_organization.read'] : [])].join(' '),
        state,
        code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        ...(userFlow ? { identity_type: 'user' } : {}),
        ...(organizationId && !userFlow ? { organization_id: organizationId } : {}),
      }).toString();
      return { url, state, codeVerifier };
    },

    async exchangeCode(callbackUrl: URL, expectedState: string, codeVerifier: string): Promise<oauth.TokenEndpointResponse> {
      let params: URLSearchParams;
      try {
        params = oauth.validateAuthResponse(as, client, callbackUrl, expectedState);
      } catch (error) {
        if (error instanceof oauth.AuthorizationResponseError) return refused(error);
        throw new GrantRefused(`invalid callback: ${(error as Error).message}`);
      }
      try {
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          client,
          clientAuth,
          params,
          config.auth.redirectUri,
          codeVerifier,
          requestOptions(),
        );
        return await oauth.processAuthorizationCodeResponse(as, client, response);
      } catch (error) {
        return refused(error);
      }
    },

    async refresh(refreshToken: string): Promise<oauth.TokenEndpointResponse> {
      try {
        const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, requestOptions());
        return await oauth.processRefreshTokenResponse(as, client, response);
      } catch (error) {
        return refused(error);
      }
    },
  };
}

export type QontoOAuthClient = ReturnType<typeof createQontoOAuthClient>;
