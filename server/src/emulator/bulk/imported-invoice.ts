import type { StoredInvoice } from '../emulator-store.ts';
import type { OrganizationRecord } from '../seed/demo-organizations.ts';
import { embeddedOrganization } from '../client-invoices/embedded-parties.ts';

export interface ImportedInvoiceInput {
  id: string;
  number: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  organization: OrganizationRecord;
  invoiceUrl: string;
  createdAt: string;
}

/**
 * An already-issued invoice kept as its original file. The emulator does not read the file's contents,
 * so amounts are zero and the client is unknown until someone completes it in Qonto.
 */
export function importedInvoice(input: ImportedInvoiceInput): StoredInvoice {
  const zero = { value: '0.00', currency: 'EUR' };
  return {
    imported: true,
    file: { name: input.fileName, contentType: input.contentType, bytes: input.bytes },
    record: {
      id: input.id,
      organization_id: input.organization.id,
      number: input.number,
      purchase_order: '',
      status: 'unpaid',
      invoice_url: input.invoiceUrl,
      contact_email: input.organization.contact_email,
      terms_and_conditions: '',
      header: '',
      footer: '',
      currency: 'EUR',
      total_amount: zero,
      total_amount_cents: 0,
      vat_amount: zero,
      vat_amount_cents: 0,
      created_at: input.createdAt,
      updated_at: input.createdAt,
      finalized_at: input.createdAt,
      amount_paid: zero,
      items: [],
      client: {},
      payment_methods: [],
      credit_notes_ids: [],
      organization: embeddedOrganization(input.organization),
      invoice_type: 'standard',
      imported: true,
      file_name: input.fileName,
    },
  };
}
