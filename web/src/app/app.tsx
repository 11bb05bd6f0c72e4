import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { OrganizationQueryClients, OrganizationQueryClientsContext } from '../lib/organization-query-clients.ts';
import { createQueryClient } from './query-client.ts';
import { router } from './router.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [organizationClients] = useState(() => new OrganizationQueryClients(() => createQueryClient(queryClient)));
  return (
    <QueryClientProvider client={queryClient}>
      <OrganizationQueryClientsContext value={organizationClients}>
        <RouterProvider router={router} />
      </OrganizationQueryClientsContext>
    </QueryClientProvider>
  );
}
