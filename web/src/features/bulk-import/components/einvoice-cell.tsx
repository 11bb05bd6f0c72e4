import { formatDate, formatMoney } from '../../../lib/format.ts';
import type { FileAnalysis } from '../model/file-analysis.ts';

/** What the embedded e-invoice says, so a wrong file is caught by eye before it is sent. */
export function EInvoiceCell({ analysis }: { analysis: FileAnalysis | undefined }) {
  if (!analysis) return <span className="muted">Reading…</span>;
  const { einvoice } = analysis;
  if (einvoice.status === 'none') return <span className="muted">No e-invoice data</span>;
  if (einvoice.status === 'broken' || einvoice.status === 'unreadable') {
    return (
      <span className="warning">
        E-invoice XML{einvoice.status === 'broken' ? ` (${einvoice.xmlName})` : ''} cannot be read: {einvoice.reason}
      </span>
    );
  }
  const data = einvoice.data;
  return (
    <dl className="einvoice">
      <div>
        <dt>{data.kind === 'credit note' ? 'Credit note' : 'Invoice'}</dt>
        <dd>{data.number ?? '—'}</dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>{formatDate(data.issueDate)}</dd>
      </div>
      <div>
        <dt>Seller</dt>
        <dd>{data.seller ?? '—'}</dd>
      </div>
      <div>
        <dt>Buyer</dt>
        <dd>{data.buyer ?? '—'}</dd>
      </div>
      <div>
        <dt>Total</dt>
        <dd>{data.grandTotal && data.currency ? formatMoney(data.grandTotal, data.currency) : (data.grandTotal ?? '—')}</dd>
      </div>
      <div>
        <dt>Profile</dt>
        <dd>
          {data.syntax === 'CII' ? 'Factur-X / ZUGFeRD' : data.syntax} {data.profile ?? ''} ({einvoice.xmlName})
        </dd>
      </div>
    </dl>
  );
}
