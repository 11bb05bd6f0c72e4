import { Trans } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useInvoiceCreditNotes } from '../api/list-credit-notes.ts';

/** The credit notes that correct this invoice (Qonto lists their ids on the invoice). */
export function InvoiceCreditNotes({ invoice }: { invoice: ClientInvoice }) {
  const { notes: mine } = useInvoiceCreditNotes(invoice.credit_notes_ids);
  if (invoice.credit_notes_ids.length === 0) return null;
  return (
    <section aria-labelledby="invoice-credit-notes-title">
      <h2 id="invoice-credit-notes-title">
        <Trans>Credit notes</Trans>
      </h2>
      <ul>
        {mine.map((note) => (
          <li key={note.id}>
            {note.number} — {formatDate(note.issue_date)} —{' '}
            {note.total_amount ? formatMoney(note.total_amount.value, note.currency ?? 'EUR') : ''}
            {note.reason ? ` — ${note.reason}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
