import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from './api-client.ts';

const connectedOrganizationSchema = z.looseObject({
  id: z.string(),
  legal_name: z.string(),
  legal_country: z.string(),
  /** This organization's consent must be given again; the others keep working. */
  reauthRequired: z.catch(z.boolean(), false),
  /** Qonto no longer gives access to it (taken out of the consent); reconnecting asks for it again. */
  accessWithdrawn: z.catch(z.boolean(), false),
});

export const sessionSchema = z.looseObject({
  connected: z.boolean(),
  reauthRequired: z.boolean(),
  environment: z.catch(z.enum(['local', 'sandbox', 'production']), 'production'),
  authMethod: z.string(),
  /** `membership` (one consent per organization), `user` (one consent for several), `api_key`. */
  flow: z.catch(z.string(), 'membership'),
  organizations: z.catch(z.array(connectedOrganizationSchema), []),
});

export type Session = z.infer<typeof sessionSchema>;
export type ConnectedOrganization = z.infer<typeof connectedOrganizationSchema>;

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => apiRequest('/api/session', { schema: sessionSchema, signal }),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** The session, for pages the shell renders only once it has loaded. */
export function useLoadedSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useLoadedSession is used before the session has loaded');
  return data;
}

/** Disconnects every organization and ends the session. */
export function useDisconnectAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/logout', { method: 'POST', schema: z.undefined() }),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData<Session>(sessionQuery.queryKey, (session) =>
        session ? { ...session, connected: false, reauthRequired: false, organizations: [] } : session,
      );
    },
  });
}

/** Disconnects one organization (its consent is revoked at Qonto); the others stay connected. */
export function useDisconnectOrganization(onDisconnected: (organizationId: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      apiRequest(`/auth/disconnect?organization_id=${encodeURIComponent(organizationId)}`, { method: 'POST', schema: z.undefined() }),
    onSuccess: async (_answer, organizationId) => {
      onDisconnected(organizationId);
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });
}

/**
 * Where "Connect", "Add an organization" and "Reconnect" send the browser, coming back to the page the
 * user was on. `organizationId` asks Qonto's consent for that organization (a reconnect).
 */
export function connectUrl(returnTo = window.location.pathname + window.location.search, organizationId?: string): string {
  const query = new URLSearchParams({ return_to: returnTo });
  if (organizationId) query.set('organization_id', organizationId);
  return `/auth/login?${query}`;
}
