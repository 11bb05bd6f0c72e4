import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { ClientInvoiceCreatePayload } from '@composer/shared';
import { InvoiceService } from '@e-invoice-eu/core';
import { ublInvoiceData } from './ubl-invoice-data.ts';

type Json = Record<string, unknown>;

const quietLogger = { log() {}, warn() {}, error() {} };

/** The standard fonts write WinAnsi only: other characters are shown as "?" rather than failing. */
function printable(value: unknown): string {
  return String(value ?? '').replace(/[^\x20-\x7e\u00a0-\u00ff€]/g, '?');
}

function money(amount: unknown): string {
  const value = (amount as { value?: string } | undefined)?.value ?? '0.00';
  return `${value} ${(amount as { currency?: string } | undefined)?.currency ?? ''}`.trim();
}

/** A one-page A4 rendering of the invoice: what the client reads. */
export async function renderInvoicePdf(record: Json, title = 'Invoice'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${title} ${printable(record.number ?? 'draft')}`);
  pdf.setCreationDate(new Date(String(record.created_at)));
  pdf.setModificationDate(new Date(String(record.updated_at)));
  const page = pdf.addPage([595.28, 841.89]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  const line = (value: string, size = 10, face = font) => {
    if (y < 60) return;
    page.drawText(printable(value).slice(0, 110), { x: 50, y, size, font: face });
    y -= size + 6;
  };
  const organization = (record.organization ?? {}) as Json;
  const client = (record.client ?? {}) as Json;
  line(`${title} ${record.number ?? '(draft)'}`, 18, bold);
  line(String(organization.legal_name ?? ''), 11, bold);
  line([organization.address_line_1, organization.address_zipcode, organization.address_city].filter(Boolean).join(', '));
  y -= 8;
  line(`Billed to: ${client.name ?? [client.first_name, client.last_name].filter(Boolean).join(' ')}`, 11, bold);
  line([client.address, client.zip_code, client.city].filter(Boolean).join(', '));
  y -= 8;
  line(`Issue date: ${record.issue_date ?? ''}    Due date: ${record.due_date ?? ''}`);
  y -= 8;
  for (const item of (record.items as Json[] | null) ?? []) {
    line(
      `${item.quantity} x ${item.title} @ ${money(item.unit_price)}  VAT ${Number(item.vat_rate) * 100} %  = ${money(item.total_amount)}`,
    );
  }
  y -= 8;
  line(`VAT: ${money(record.vat_amount)}`, 11);
  line(`Total: ${money(record.total_amount)}`, 12, bold);
  const iban = ((record.payment_methods as Json[] | undefined)?.[0]?.iban as string | undefined) ?? '';
  if (iban) line(`Pay by transfer to ${iban}`);
  return pdf.save();
}

/**
 * The Factur-X (EN 16931 profile, CII) PDF/A-3 of a finalized invoice, built by e-invoice-eu from the
 * invoice's own figures: the visible page above, with `factur-x.xml` embedded.
 */
export async function renderFacturXPdf(record: Json, payload: ClientInvoiceCreatePayload): Promise<Uint8Array> {
  const visible = await renderInvoicePdf(record);
  const service = new InvoiceService(quietLogger);
  const output = await service.generate(ublInvoiceData(record, payload), {
    format: 'Factur-X-EN16931',
    lang: 'fr-fr',
    pdf: { buffer: visible, filename: `${record.number}.pdf`, mimetype: 'application/pdf' },
  });
  if (typeof output === 'string') throw new Error('e-invoice-eu returned XML where a PDF was expected');
  return output;
}
