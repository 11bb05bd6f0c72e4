export function publicInvoiceUrl(publicUrl: string, invoiceId: string): string {
  return `${publicUrl}/public/invoices/${invoiceId}`;
}
