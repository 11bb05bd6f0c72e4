const labels: Record<string, string> = { draft: 'Draft', unpaid: 'Unpaid', paid: 'Paid', canceled: 'Canceled' };

/** Statuses Qonto adds later still show, by their own name. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  return <span className={`status-badge status-${status}`}>{labels[status] ?? status}</span>;
}
