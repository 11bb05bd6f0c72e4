import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';

export interface AvailableActions {
  edit: boolean;
  deleteDraft: boolean;
  finalize: boolean;
  send: boolean;
  markPaid: boolean;
  unmarkPaid: boolean;
  cancel: boolean;
  creditNote: boolean;
  downloadPdf: boolean;
}

/** Only what Qonto allows from the invoice's status (unknown statuses allow nothing but reading). */
export function availableActions(invoice: Pick<ClientInvoice, 'status' | 'attachment_id'>): AvailableActions {
  const { status } = invoice;
  const finalized = status === 'unpaid' || status === 'paid';
  return {
    edit: status === 'draft',
    deleteDraft: status === 'draft',
    finalize: status === 'draft',
    send: finalized,
    markPaid: status === 'unpaid',
    unmarkPaid: status === 'paid',
    cancel: status === 'unpaid',
    creditNote: finalized,
    downloadPdf: Boolean(invoice.attachment_id),
  };
}

export { isOverdue } from '../../../lib/unpaid-invoices.ts';
export { todayIso } from '../../../lib/calendar-date.ts';
