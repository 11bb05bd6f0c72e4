import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './api-client.ts';

export const sessionSchema = z.looseObject({
  connected: z.boolean(),
  reauthRequired: z.boolean(),
  environment: z.enum(['local', 'sandbox', 'production']).catch('production'),
  authMethod: z.string(),
  organization: z.looseObject({ id: z.string(), legal_name: z.string(), legal_country: z.string() }).nullable(),
});

export type Session = z.infer<typeof sessionSchema>;

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => apiRequest('/api/session', { schema: sessionSchema, signal }),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useDisconnect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/logout', { method: 'POST', schema: z.undefined() }),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData<Session>(sessionQuery.queryKey, (session) =>
        session ? { ...session, connected: false, reauthRequired: false, organization: null } : session,
      );
    },
  });
}

/** Where "Connect" and "Reconnect" send the browser, coming back to the page the user was on. */
export function connectUrl(returnTo = window.location.pathname + window.location.search): string {
  return `/auth/login?return_to=${encodeURIComponent(returnTo)}`;
}
