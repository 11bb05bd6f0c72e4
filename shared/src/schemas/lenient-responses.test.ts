import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qontoErrorEnvelopeSchema } from '../errors/error-envelope.ts';
import { clientInvoiceListResponseSchema, clientInvoiceResponseSchema, clientInvoiceSchema } from './client-invoice.ts';
import { clientSchema } from './client.ts';
import { einvoicingSettingsResponseSchema, organizationResponseSchema, settingsResponseSchema } from './organization.ts';
import { bulkImportResponseSchema, clientInvoiceUploadResponseSchema } from './uploads.ts';

/*
 * "Qonto adds response fields and enum values without a new version": every screen's data is read from
 * answers carrying nulls, missing optional fields, unknown fields and unknown enum values.
 */
const surprise = { brand_new_field: { nested: [1, 2] }, another: null };

describe('answers are parsed leniently for every screen', () => {
  it('organization (header, composer): unknown legal form and account fields, null locale, missing slug', () => {
    const parsed = organizationResponseSchema.parse({
      organization: {
        id: 'o1',
        legal_name: 'Cabinet Lumière SAS',
        legal_country: 'FR',
        legal_form: null,
        locale: null,
        ...surprise,
        bank_accounts: [{ id: 'b1', iban: 'FR76…', status: 'frozen_by_new_rule', is_external_account: true, ...surprise }],
      },
    });
    assert.equal(parsed.organization.bank_accounts[0]!.status, 'frozen_by_new_rule');
  });

  it('settings and e-invoicing settings (composer): unknown numbering mode and statuses', () => {
    assert.equal(settingsResponseSchema.parse({ numbering_mode: 'hybrid', ...surprise }).numbering_mode, 'hybrid');
    assert.equal(
      einvoicingSettingsResponseSchema.parse({ sending_status: 'pending_activation', ...surprise }).sending_status,
      'pending_activation',
    );
  });

  it('clients (picker, client card): nulls everywhere, unknown kind, malformed extra fields', () => {
    const client = clientSchema.parse({
      id: 'c1',
      kind: 'public_body',
      name: null,
      first_name: null,
      last_name: null,
      email: null,
      billing_address: null,
      delivery_address: null,
      currency: null,
      locale: null,
      extra_emails: 'not-a-list',
      e_invoicing_reachable: 'yes',
      ...surprise,
    });
    assert.equal(client.kind, 'public_body');
    assert.equal(client.extra_emails, undefined);
  });

  it('client invoices (list, detail, created page): draft with items null, amounts null, unknown status and invoice_type', () => {
    const draft = clientInvoiceSchema.parse({
      id: 'i1',
      status: 'partially_paid',
      invoice_type: 'proforma',
      items: null,
      total_amount: null,
      vat_amount: null,
      total_amount_cents: null,
      number: null,
      invoice_number: 'F-1',
      deposit_amount: null,
      issue_date: null,
      created_at: '2026-11-21T10:00:00Z',
      client: null,
      einvoicing_status: 'brand_new_status',
      ...surprise,
    });
    assert.deepEqual(draft.items, []);
    assert.equal(draft.total_amount, null);
    assert.equal(draft.status, 'partially_paid');
  });

  it('client invoice lines: missing unit price, malformed discount, extra line fields', () => {
    const invoice = clientInvoiceResponseSchema.parse({
      client_invoice: {
        id: 'i2',
        status: 'unpaid',
        currency: 'EUR',
        total_amount: { value: '12.00', currency: 'EUR' },
        items: [{ title: 'Audit', quantity: '1', vat_rate: '0.2', discount: 'weird', unit_price: null, ...surprise }],
      },
    });
    assert.equal(invoice.client_invoice.items[0]!.unit_price, null);
    assert.equal(invoice.client_invoice.items[0]!.discount, null);
  });

  it('lists: meta without next_page, unknown meta fields', () => {
    const parsed = clientInvoiceListResponseSchema.parse({
      client_invoices: [{ id: 'i3', status: 'paid' }],
      meta: { current_page: 1, cursor: 'abc' },
    });
    assert.equal(parsed.meta.next_page, undefined);
  });

  it('uploads and bulk import (attachment, import page): extra attributes and fields', () => {
    const upload = clientInvoiceUploadResponseSchema.parse({
      data: {
        type: 'client_invoices_upload',
        id: 'u1',
        attributes: {
          id: 'u1',
          organization_id: 'o1',
          filename: 'a.pdf',
          content_type: 'application/pdf',
          file_size: 10,
          url: 'https://x',
          created_at: 't',
          updated_at: 't',
          ...surprise,
        },
        ...surprise,
      },
    });
    assert.equal(upload.data.attributes.filename, 'a.pdf');
    assert.equal(
      bulkImportResponseSchema.parse({ client_invoices: [{ invoice_id: 'i1', ...surprise }], ...surprise }).client_invoices.length,
      1,
    );
  });

  it('errors: unknown codes, meta and source fields', () => {
    const envelope = qontoErrorEnvelopeSchema.parse({
      errors: [{ code: 'brand_new_code', source: { header: 'x' }, meta: { anything: true }, ...surprise }],
    });
    assert.equal(envelope.errors[0]!.code, 'brand_new_code');
  });
});
