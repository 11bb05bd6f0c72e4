import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-error.ts';
import { sessionQuery } from '../lib/session.ts';

/**
 * The app's root client holds the session; each organization's pages get a client of their own (see
 * `OrganizationQueryClients`). An answer saying a connection expired reads the session again, which then
 * says which organization needs reconnecting.
 */
export function createQueryClient(root?: QueryClient): QueryClient {
  const sessionHolder = (): QueryClient => root ?? queryClient;
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.needsReconnect) void sessionHolder().invalidateQueries({ queryKey: sessionQuery.queryKey });
  };
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
  });
  return queryClient;
}
