import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'wouter';
import { formatDate, formatFileSize, formatPercent } from '../../../lib/format.ts';
import type { ImportFile, ImportReason } from '../model/import-state.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { qontoLimits } from '@composer/shared/constants/qonto-limits';
import { ErrorText } from '../../../components/error-text.tsx';

function ReasonText({ reason, size }: { reason: ImportReason | undefined; size: number }) {
  const { t } = useLingui();
  if (!reason) return null;
  const limit = formatFileSize(qontoLimits.bulkMaxFileBytes);
  switch (reason.kind) {
    case 'too-large': {
      const fileSize = formatFileSize(size);
      return t`Too large: ${fileSize} (Qonto takes at most ${limit}).`;
    }
    case 'empty':
      return t`The file is empty.`;
    case 'not-a-document':
      return t`Not a PDF, JPEG or PNG (checked by its content, not its name).`;
    case 'same-content': {
      const other = reason.as;
      return t`Same content as ${other}: imported once.`;
    }
    case 'unreadable': {
      const detail = reason.detail;
      return t`Could not be read: ${detail}`;
    }
    case 'refused':
      return <ErrorText errors={reason.errors} traceId={reason.traceId} />;
    case 'cancelled':
      return t`Cancelled before Qonto confirmed it.`;
  }
}

/** One file's state in words, with the link to its invoice once Qonto has it. */
export function ImportStatusCell({ file }: { file: ImportFile }) {
  const inOrganization = useOrganizationPath();
  const invoiceLink = (
    <Link to={inOrganization(`/invoices/${file.invoiceId}`)}>
      <Trans>open the invoice</Trans>
    </Link>
  );
  const reason = <ReasonText reason={file.reason} size={file.size} />;
  switch (file.status) {
    case 'checking':
      return <Trans>Checking…</Trans>;
    case 'ready':
      return <Trans>Ready to import</Trans>;
    case 'queued':
      return <Trans>Waiting to send</Trans>;
    case 'uploading': {
      const sent = formatPercent(String(Math.round((file.sentBytes / Math.max(file.size, 1)) * 100) / 100));
      return <Trans>Sending {sent}</Trans>;
    }
    case 'imported':
      return (
        <span className="ok">
          <Trans>Imported — {invoiceLink}</Trans>
        </span>
      );
    case 'already-imported': {
      const date = file.importedAt ? formatDate(file.importedAt) : undefined;
      return (
        <span className="ok">
          {date ? (
            <Trans>
              Already imported on {date} — {invoiceLink}
            </Trans>
          ) : (
            <Trans>Already imported — {invoiceLink}</Trans>
          )}
        </span>
      );
    }
    case 'rejected':
      return (
        <span className="warning">
          <Trans>Rejected: {reason}</Trans>
        </span>
      );
    case 'duplicate':
      return (
        <span className="muted">
          <Trans>Duplicate: {reason}</Trans>
        </span>
      );
    case 'failed':
      return (
        <span className="warning">
          <Trans>Failed: {reason}</Trans>
        </span>
      );
    case 'cancelled':
      return <span className="warning">{reason}</span>;
  }
}
