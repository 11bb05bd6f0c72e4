import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-error.ts';
import { sessionQuery, type Session } from '../lib/session.ts';

/** One client for the app; any answer saying the connection expired flips the session to "reconnect". */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
    queryCache: new QueryCache({ onError: (error) => markReconnect(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => markReconnect(queryClient, error) }),
  });
  return queryClient;
}

function markReconnect(queryClient: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.needsReconnect) {
    queryClient.setQueryData<Session>(sessionQuery.queryKey, (session) =>
      session ? { ...session, connected: false, reauthRequired: true } : session,
    );
  }
}
