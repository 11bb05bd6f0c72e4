import { parseDecimal, roundMoney } from '@composer/shared';
import type { EInvoiceData } from '@composer/shared/einvoice';
import type { StoredInvoice } from '../emulator-store.ts';
import type { ClientRecord } from '../seed/demo-clients.ts';
import type { OrganizationRecord } from '../seed/demo-organizations.ts';
import { embeddedClient, embeddedOrganization } from '../client-invoices/embedded-parties.ts';

export interface ImportedInvoiceInput {
  id: string;
  number: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  organization: OrganizationRecord;
  invoiceUrl: string;
  createdAt: string;
  /** The file's embedded e-invoice, when it has one. */
  einvoice: EInvoiceData | undefined;
  clients: Iterable<ClientRecord>;
}

const compact = (value: string | null | undefined) => (value ?? '').replace(/\s/g, '').toUpperCase();

/** The organization's client the e-invoice is addressed to: same VAT number, else same name. */
function knownClient(einvoice: EInvoiceData, clients: Iterable<ClientRecord>): ClientRecord | undefined {
  const vat = compact(einvoice.buyerVatId);
  const name = (einvoice.buyer ?? '').trim().toLowerCase();
  let byName: ClientRecord | undefined;
  for (const client of clients) {
    if (vat && compact(client.vat_number) === vat) return client;
    if (name && (client.name ?? '').trim().toLowerCase() === name) byName ??= client;
  }
  return byName;
}

function money(value: string | null, currency: string) {
  const amount = parseDecimal(value);
  const rounded = amount ? roundMoney(amount) : undefined;
  return {
    amount: { value: rounded ? rounded.toFixed(2) : '0.00', currency },
    cents: rounded ? Number(rounded.times(100).toFixed(0)) : 0,
  };
}

/**
 * An already-issued invoice kept as its original file. Where the file carries an e-invoice, Qonto reads it:
 * number, dates, currency, amounts and the client (a known client when the VAT number or the name matches).
 * Otherwise amounts are zero and the client is unknown until someone completes it in Qonto.
 */
export function importedInvoice(input: ImportedInvoiceInput): StoredInvoice {
  const { einvoice } = input;
  const currency = einvoice?.currency ?? 'EUR';
  const total = money(einvoice?.grandTotal ?? null, currency);
  const vat = money(einvoice?.vatTotal ?? null, currency);
  const client = einvoice ? knownClient(einvoice, input.clients) : undefined;
  const record: StoredInvoice['record'] = {
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
    currency,
    total_amount: total.amount,
    total_amount_cents: total.cents,
    vat_amount: vat.amount,
    vat_amount_cents: vat.cents,
    created_at: input.createdAt,
    updated_at: input.createdAt,
    finalized_at: input.createdAt,
    amount_paid: { value: '0.00', currency },
    items: [],
    client: client ? embeddedClient(client) : einvoice?.buyer ? { name: einvoice.buyer } : {},
    payment_methods: [],
    credit_notes_ids: [],
    organization: embeddedOrganization(input.organization),
    invoice_type: 'standard',
    imported: true,
    file_name: input.fileName,
  };
  if (einvoice?.issueDate) record.issue_date = einvoice.issueDate;
  if (einvoice?.dueDate) record.due_date = einvoice.dueDate;
  return { imported: true, file: { name: input.fileName, contentType: input.contentType, bytes: input.bytes }, record };
}
