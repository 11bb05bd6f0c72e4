import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppRouter } from '../lib/routing.tsx';
import { OrganizationQueryClients, OrganizationQueryClientsContext } from '../lib/organization-query-clients.ts';
import { createQueryClient } from './query-client.ts';
import { AppRoutes } from './router.tsx';
import { useDocumentTitle } from './use-document-title.ts';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [organizationClients] = useState(() => new OrganizationQueryClients(() => createQueryClient(queryClient)));
  useDocumentTitle();
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <OrganizationQueryClientsContext value={organizationClients}>
          <AppRouter>
            <AppRoutes />
          </AppRouter>
        </OrganizationQueryClientsContext>
      </QueryClientProvider>
    </I18nProvider>
  );
}
