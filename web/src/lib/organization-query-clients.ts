import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

/**
 * One query cache per organization: what was read for one organization (clients, invoices, settings) is
 * never shown under another, and switching back finds its cache as it was left.
 */
export class OrganizationQueryClients {
  private readonly clients = new Map<string, QueryClient>();
  private readonly create: (organizationId: string) => QueryClient;

  constructor(create: (organizationId: string) => QueryClient) {
    this.create = create;
  }

  for(organizationId: string): QueryClient {
    let client = this.clients.get(organizationId);
    if (!client) {
      client = this.create(organizationId);
      this.clients.set(organizationId, client);
    }
    return client;
  }

  drop(organizationId: string): void {
    this.clients.get(organizationId)?.clear();
    this.clients.delete(organizationId);
  }
}

export const OrganizationQueryClientsContext = createContext<OrganizationQueryClients | null>(null);

export function useOrganizationQueryClients(): OrganizationQueryClients {
  const clients = useContext(OrganizationQueryClientsContext);
  if (!clients) throw new Error('OrganizationQueryClientsContext is missing');
  return clients;
}
