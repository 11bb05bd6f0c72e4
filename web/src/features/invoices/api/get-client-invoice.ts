import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { useQuery } from '@tanstack/react-query';
import { clientInvoiceQuery } from '../../../lib/client-invoice-query.ts';
import { useOrganizationId } from '../../../lib/organization-scope.ts';

/** While an e-invoice is on its way, the invoice is read again every few seconds; never once it is final. */
export function useClientInvoice(id: string, isPending: (invoice: ClientInvoice) => boolean = () => false) {
  return useQuery({
    ...clientInvoiceQuery(useOrganizationId(), id),
    refetchInterval: (query) => (query.state.data && isPending(query.state.data.client_invoice) ? 2000 : false),
  });
}
