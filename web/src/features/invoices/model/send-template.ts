import { t } from '@lingui/core/macro';
import type { ClientInvoice } from '@composer/shared';
import { formatDate, formatMoney } from '../../../lib/format.ts';

/** The email a client expects: what, how much, by when; the user edits it before sending. */
export function sendTemplate(invoice: ClientInvoice, organizationName: string): { title: string; body: string } {
  const number = invoice.number ?? '';
  const total = invoice.total_amount
    ? formatMoney(invoice.total_amount.value, invoice.total_amount.currency ?? invoice.currency ?? 'EUR')
    : '';
  const title = t`Invoice ${number} from ${organizationName}`.trim();
  const body = [
    'Hello,',
    '',
    `Please find attached invoice ${number} for ${total}, due on ${formatDate(invoice.due_date)}.`,
    '',
    'Kind regards,',
    organizationName,
  ].join('\n');
  return { title, body };
}

/** Several addresses typed in one field: split on commas, semicolons and spaces. */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}
