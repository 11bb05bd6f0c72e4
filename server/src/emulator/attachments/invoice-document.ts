import { organizationProfile } from '@composer/shared';
import { emulatorNow, type EmulatorStore, type StoredInvoice } from '../emulator-store.ts';
import { renderFacturXPdf, renderInvoicePdf } from './invoice-pdf.ts';

export interface InvoiceDocument {
  bytes: Uint8Array;
  fileName: string;
  /** When this version of the file was produced: after `finalized_at` once the Factur-X one has landed. */
  updatedAt: string;
  facturx: boolean;
}

/**
 * The file behind an invoice's `attachment_id`. A French organization's finalized invoice gets its
 * Factur-X PDF once the regeneration delay has passed (built once, then kept); before that, and for
 * drafts and other countries, the plain PDF of the invoice as it stands.
 */
export async function invoiceDocument(store: EmulatorStore, invoice: StoredInvoice): Promise<InvoiceDocument> {
  const record = invoice.record;
  const fileName = `${record.number ?? 'draft'}.pdf`.replace(/[^\w.-]+/g, '_');
  const regeneration = invoice.facturx;
  const french = organizationProfile(store.organization).reformMentions;
  if (regeneration && invoice.payload && french && emulatorNow(store) >= regeneration.readyAt) {
    regeneration.pdf ??= Buffer.from(await renderFacturXPdf(record, invoice.payload));
    return { bytes: regeneration.pdf, fileName, updatedAt: new Date(regeneration.readyAt).toISOString(), facturx: true };
  }
  const updatedAt = String(regeneration && !french ? record.finalized_at : record.created_at);
  let plain = invoice.plainPdf;
  if (!plain || plain.updatedAt !== record.updated_at) {
    plain = { updatedAt: String(record.updated_at), bytes: await renderInvoicePdf(record) };
    invoice.plainPdf = plain;
  }
  return { bytes: plain.bytes, fileName, updatedAt, facturx: false };
}
