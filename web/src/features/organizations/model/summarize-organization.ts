import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { isOverdue, outstandingAmount } from '../../../lib/unpaid-invoices.ts';

export interface Amounts {
  count: number;
  /** Per currency: amounts in different currencies are never added. */
  amounts: { value: string; currency: string }[];
}

export interface OrganizationSummary {
  drafts: number;
  unpaid: Amounts;
  overdue: Amounts;
  lastInvoice: Pick<ClientInvoice, 'id' | 'number' | 'issue_date' | 'status'> | null;
  /** False when the organization has more unpaid invoices than were read: the figures are a floor. */
  complete: boolean;
}

/** Where work is waiting in one organization: drafts to finish, money to collect, and what is late. */
export function summarizeOrganization(input: {
  drafts: number;
  unpaid: { invoices: readonly ClientInvoice[]; complete: boolean };
  latest: ClientInvoice | undefined;
  today: string;
}): OrganizationSummary {
  const unpaid = input.unpaid.invoices.filter((invoice) => invoice.status === 'unpaid');
  const overdue = unpaid.filter((invoice) => isOverdue(invoice, input.today));
  const latest = input.latest;
  return {
    drafts: input.drafts,
    unpaid: { count: unpaid.length, amounts: outstandingAmount(unpaid) },
    overdue: { count: overdue.length, amounts: outstandingAmount(overdue) },
    lastInvoice: latest ? { id: latest.id, number: latest.number, issue_date: latest.issue_date, status: latest.status } : null,
    complete: input.unpaid.complete,
  };
}
