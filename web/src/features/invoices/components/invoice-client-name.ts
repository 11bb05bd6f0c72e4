import { t } from '@lingui/core/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { clientDisplayName } from '@composer/shared/schemas/client';

/** Who the invoice is for; an imported invoice shows its file until Qonto knows the client. */
export function invoiceClientName(invoice: ClientInvoice): string {
  const name = invoice.client
    ? clientDisplayName({
        name: invoice.client.name ?? null,
        first_name: invoice.client.first_name ?? null,
        last_name: invoice.client.last_name ?? null,
      })
    : '';
  if (name) return name;
  const fileName = (invoice as { file_name?: unknown }).file_name;
  return typeof fileName === 'string' ? t`Imported: ${fileName}` : '—';
}
