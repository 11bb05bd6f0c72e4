import { Trans, useLingui } from '@lingui/react/macro';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import type { FileAnalysis } from '../model/file-analysis.ts';
import { XmlProblemText } from './xml-problem-text.tsx';

/** What the embedded e-invoice says, so a wrong file is caught by eye before it is sent. */
export function EInvoiceCell({ analysis }: { analysis: FileAnalysis | undefined }) {
  const { t } = useLingui();
  if (!analysis)
    return (
      <span className="muted">
        <Trans>Reading…</Trans>
      </span>
    );
  const { einvoice } = analysis;
  if (einvoice.status === 'none')
    return (
      <span className="muted">
        <Trans>No e-invoice data</Trans>
      </span>
    );
  if (einvoice.status === 'broken') {
    return (
      <span className="warning">
        <XmlProblemText problem={einvoice.problem} xmlName={einvoice.xmlName} />
      </span>
    );
  }
  if (einvoice.status === 'unreadable') {
    return (
      <span className="warning">
        <Trans>The PDF could not be read, so its e-invoice data is unknown.</Trans> <span lang="en">({einvoice.reason})</span>
      </span>
    );
  }
  const data = einvoice.data;
  return (
    <>
      {einvoice.problem && (
        <p className="warning">
          <XmlProblemText problem={einvoice.problem} xmlName={einvoice.xmlName} />
        </p>
      )}
      <dl className="einvoice">
        <div>
          <dt>{data.kind === 'credit note' ? t`Credit note` : t`Invoice`}</dt>
          <dd>{data.number ?? '—'}</dd>
        </div>
        <div>
          <dt>
            <Trans>Date</Trans>
          </dt>
          <dd>{formatDate(data.issueDate)}</dd>
        </div>
        <div>
          <dt>
            <Trans>Seller</Trans>
          </dt>
          <dd>{data.seller ?? '—'}</dd>
        </div>
        <div>
          <dt>
            <Trans>Buyer</Trans>
          </dt>
          <dd>{data.buyer ?? '—'}</dd>
        </div>
        <div>
          <dt>
            <Trans>Total</Trans>
          </dt>
          <dd>{data.grandTotal && data.currency ? formatMoney(data.grandTotal, data.currency) : (data.grandTotal ?? '—')}</dd>
        </div>
        <div>
          <dt>
            <Trans>Profile</Trans>
          </dt>
          <dd>
            {data.syntax === 'CII' ? t`Factur-X / ZUGFeRD` : data.syntax} {data.profile ?? ''} ({einvoice.xmlName})
          </dd>
        </div>
      </dl>
    </>
  );
}
