import { Trans, useLingui } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { formatDate } from '../../../lib/format.ts';

/** The French reform's lifecycle codes an e-invoice passes through (Qonto's `einvoicing_lifecycle_events`). */
const stepLabels: Record<number, string> = {
  200: 'Submitted to the platform',
  201: 'Issued by the platform',
  202: "Received by the client's platform",
  203: 'Made available to the client',
  204: 'Taken over by the client',
  205: 'Approved',
  206: 'Partially approved',
  207: 'In dispute',
  208: 'Suspended',
  209: 'Completed',
  210: 'Refused by the client',
  211: 'Payment sent',
  212: 'Payment collected',
  213: 'Rejected by the platform',
  214: 'Approved (visa)',
};

/** Codes after which nothing more happens on its own: polling stops there. */
const finalCodes = new Set([202, 205, 209, 210, 212, 213, 214]);

export function einvoicingIsPending(invoice: ClientInvoice): boolean {
  const last = invoice.einvoicing_lifecycle_events.at(-1)?.status_code;
  return invoice.einvoicing_lifecycle_events.length > 0 && (last === null || last === undefined || !finalCodes.has(last));
}

export function EinvoicingProgress({ invoice }: { invoice: ClientInvoice }) {
  const { t } = useLingui();
  const events = invoice.einvoicing_lifecycle_events;
  if (events.length === 0) return null;
  const rejected = events.some((event) => event.status_code === 213 || event.status_code === 210);
  return (
    <section aria-labelledby="einvoicing-title" className="einvoicing-progress">
      <h2 id="einvoicing-title">
        <Trans>E-invoice delivery</Trans>
      </h2>
      <ol>
        {events.map((event, i) => (
          <li key={i}>
            {stepLabels[event.status_code ?? 0] ?? t`Status ${event.status_code}`} — {formatDate(event.timestamp?.slice(0, 10))}
            {event.reason ? ` (${event.reason})` : ''}
          </li>
        ))}
      </ol>
      <p role="status">
        {rejected
          ? t`The e-invoice was not delivered. Correct the invoice with a credit note, or send it by email.`
          : einvoicingIsPending(invoice)
            ? t`Delivery in progress; this page follows it.`
            : t`Delivered.`}
      </p>
    </section>
  );
}
