import { Trans, useLingui } from '@lingui/react/macro';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import type { FileAnalysis } from '../model/file-analysis.ts';
import { XmlProblemText } from './xml-problem-text.tsx';
import { Fact } from '../../../components/fact.tsx';

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
        <Fact term={data.kind === 'credit note' ? t`Credit note` : t`Invoice`}>{data.number ?? '—'}</Fact>
        <Fact term={<Trans>Date</Trans>}>{formatDate(data.issueDate)}</Fact>
        <Fact term={<Trans>Seller</Trans>}>{data.seller ?? '—'}</Fact>
        <Fact term={<Trans>Buyer</Trans>}>{data.buyer ?? '—'}</Fact>
        <Fact term={<Trans>Total</Trans>}>
          {data.grandTotal && data.currency ? formatMoney(data.grandTotal, data.currency) : (data.grandTotal ?? '—')}
        </Fact>
        <Fact term={<Trans>Profile</Trans>}>
          {data.syntax === 'CII' ? t`Factur-X / ZUGFeRD` : data.syntax} {data.profile ?? ''} ({einvoice.xmlName})
        </Fact>
      </dl>
    </>
  );
}
