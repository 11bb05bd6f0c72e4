import { msg } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { formatDate, formatMoney } from '../../../lib/format.ts';

/**
 * The email a client expects: what, how much, by when; the user edits it before sending. It is written in
 * the client's language (`i18n` and `locale` are the client's), as the invoice is.
 */
export function sendTemplate(
  invoice: ClientInvoice,
  organizationName: string,
  i18n: I18n,
  locale: string,
): { title: string; body: string } {
  const number = invoice.number ?? '';
  const total = invoice.total_amount
    ? formatMoney(invoice.total_amount.value, invoice.total_amount.currency ?? invoice.currency ?? 'EUR', locale)
    : '';
  const dueDate = formatDate(invoice.due_date, locale);
  const title = i18n._(msg`Invoice ${number} from ${organizationName}`).trim();
  const body = [
    i18n._(msg`Hello,`),
    '',
    i18n._(msg`Please find attached invoice ${number} for ${total}, due on ${dueDate}.`),
    '',
    i18n._(msg`Kind regards,`),
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
