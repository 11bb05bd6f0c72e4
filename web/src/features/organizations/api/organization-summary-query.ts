import { clientInvoiceListResponseSchema } from '@composer/shared/schemas/client-invoice';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { todayIso } from '../../../lib/calendar-date.ts';
import { qontoPath } from '../../../lib/organization-scope.ts';
import { fetchUnpaidInvoices } from '../../../lib/unpaid-invoices.ts';
import { summarizeOrganization } from '../model/summarize-organization.ts';

/**
 * One organization's figures: its drafts' count, every unpaid invoice, and its newest invoice, read one
 * call after another and kept five minutes, so coming back to the overview costs Qonto nothing.
 */
export function organizationSummaryQuery(organizationId: string) {
  return queryOptions({
    queryKey: ['organization-summary', organizationId],
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const list = (search: string) =>
        apiRequest(qontoPath(organizationId, `/v2/client_invoices?${search}`), { schema: clientInvoiceListResponseSchema, signal });
      const drafts = await list('filter[status]=draft&per_page=1');
      const unpaid = await fetchUnpaidInvoices(organizationId, false, signal);
      const latest = await list('sort_by=created_at:desc&per_page=1');
      return summarizeOrganization({
        drafts: drafts.meta.total_count ?? drafts.client_invoices.length,
        unpaid,
        latest: latest.client_invoices[0],
        today: todayIso(),
      });
    },
  });
}
