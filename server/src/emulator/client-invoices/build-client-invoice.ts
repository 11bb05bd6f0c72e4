import {
  computeInvoiceTotals,
  decimal,
  frenchLegalMentions,
  organizationProfile,
  type ClientInvoiceCreatePayload,
  type Money,
} from '@composer/shared';
import type { StoredInvoice } from '../emulator-store.ts';
import type { ClientRecord } from '../seed/demo-clients.ts';
import type { OrganizationRecord } from '../seed/demo-organizations.ts';
import { embeddedClient, embeddedOrganization } from './embedded-parties.ts';

export interface BuildInvoiceInput {
  id: string;
  /** Absent for a draft in automatic numbering: the number comes at finalize. */
  number: string | undefined;
  payload: ClientInvoiceCreatePayload;
  organization: OrganizationRecord;
  client: ClientRecord;
  invoiceUrl: string;
  createdAt: string;
  /** The invoice's PDF, served by `GET /v2/attachments/{id}`. */
  attachmentId: string;
  /** On update: the original creation time (`createdAt` is then the update time). */
  firstCreatedAt?: string;
}

function legalMention(
  payload: ClientInvoiceCreatePayload,
  organization: OrganizationRecord,
  key: keyof typeof frenchLegalMentions,
): string | null {
  const override = payload.settings?.[key];
  if (override !== undefined) return override;
  return organizationProfile(organization).defaultLegalMentions ? frenchLegalMentions[key] : null;
}

/** The full `ClientInvoice` Qonto answers with, totals from the shared implementation. */
export function buildClientInvoice(input: BuildInvoiceInput): StoredInvoice['record'] {
  const { payload, organization, client, createdAt } = input;
  const currency = payload.currency;
  const totals = computeInvoiceTotals(payload);
  const amount = (money: Money) => ({ value: money.value, currency });
  const status = payload.status ?? 'unpaid';
  const italian = organizationProfile(organization).italianBlocks;
  const account = organization.bank_accounts.find((bank) => bank.iban === payload.payment_methods.iban);

  const record: StoredInvoice['record'] = {
    id: input.id,
    organization_id: organization.id,
    attachment_id: input.attachmentId,
    ...(input.number === undefined ? {} : { number: input.number }),
    purchase_order: payload.purchase_order ?? '',
    status,
    invoice_url: input.invoiceUrl,
    contact_email: organization.contact_email,
    terms_and_conditions: payload.terms_and_conditions ?? '',
    discount_conditions: legalMention(payload, organization, 'discount_conditions'),
    late_payment_penalties: legalMention(payload, organization, 'late_payment_penalties'),
    legal_fixed_compensation: legalMention(payload, organization, 'legal_fixed_compensation'),
    header: payload.header ?? '',
    footer: payload.footer ?? '',
    currency,
    total_amount: amount(totals.total),
    total_amount_cents: totals.total.cents,
    vat_amount: amount(totals.vat),
    vat_amount_cents: totals.vat.cents,
    issue_date: payload.issue_date,
    due_date: payload.due_date,
    created_at: input.firstCreatedAt ?? createdAt,
    updated_at: createdAt,
    amount_paid: { value: '0.00', currency },
    items: payload.items.map((item, i) => {
      const line = totals.items[i]!;
      return {
        title: item.title,
        ...(item.description === undefined ? {} : { description: item.description }),
        quantity: item.quantity,
        ...(item.unit === undefined ? {} : { unit: item.unit }),
        unit_price: { value: item.unit_price.value, currency },
        unit_price_cents: Number(decimal(item.unit_price.value).times(100).round(0, 1).toFixed(0)),
        vat_rate: item.vat_rate,
        ...(item.vat_exemption_reason === undefined ? {} : { vat_exemption_reason: item.vat_exemption_reason }),
        ...(item.discount === undefined ? {} : { discount: { ...item.discount, amount: amount(line.discount) } }),
        total_vat: amount(line.vat),
        total_vat_cents: line.vat.cents,
        total_amount: amount(line.total),
        total_amount_cents: line.total.cents,
        subtotal: amount(line.subtotal),
        subtotal_cents: line.subtotal.cents,
      };
    }),
    client: embeddedClient(client),
    payment_methods: [
      { beneficiary_name: organization.legal_name, bic: account?.bic ?? '', iban: payload.payment_methods.iban, type: 'transfer' },
    ],
    credit_notes_ids: [],
    organization: embeddedOrganization(organization, payload.settings),
    invoice_type: 'standard',
  };
  // The reference types these as strings: an absent value is left out, never sent as null.
  const performanceDate = payload.performance_date ?? payload.performance_start_date;
  const performanceStart = payload.performance_start_date ?? payload.performance_date;
  if (performanceDate !== undefined) record.performance_date = performanceDate;
  if (performanceStart !== undefined) record.performance_start_date = performanceStart;
  if (payload.performance_end_date !== undefined) record.performance_end_date = payload.performance_end_date;
  if (status === 'unpaid') record.finalized_at = createdAt;
  if (payload.stamp_duty_amount !== undefined) record.stamp_duty_amount = payload.stamp_duty_amount;
  for (const key of ['discount_conditions', 'late_payment_penalties', 'legal_fixed_compensation'] as const) {
    if (record[key] === null) delete record[key];
  }
  if (payload.discount) record.discount = { ...payload.discount, amount: amount(totals.globalDiscount) };
  if (payload.upload_id) record.upload_id = payload.upload_id;
  if (italian && payload.report_einvoicing !== false) record.einvoicing_status = 'pending';
  if (payload.welfare_fund) record.welfare_fund = payload.welfare_fund;
  if (payload.withholding_tax) record.withholding_tax = { ...payload.withholding_tax, amount: totals.withholdingTax.value };
  if (payload.payment_reporting) record.payment_reporting = payload.payment_reporting;
  return record;
}
