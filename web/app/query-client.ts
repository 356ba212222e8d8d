import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Me } from '../../common/api/accounts';
import { isApiError } from '../components/api/api-error';
import { meQueryKey } from '../features/accounts/hooks/use-me';

const isClientError = (error: unknown) => isApiError(error) && error.status >= 400 && error.status < 500;

export function createQueryClient(): QueryClient {
  // Any request that finds the session gone signs the browser out; the page guards then send the user to Anmelden.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') client.setQueryData<Me | null>(meQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change by asking again.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
