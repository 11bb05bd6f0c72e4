import { Trans } from '@lingui/react/macro';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import type { ImportFile } from '../model/import-state.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';

/** One file's state in words, with the link to its invoice once Qonto has it. */
export function ImportStatusCell({ file }: { file: ImportFile }) {
  const inOrganization = useOrganizationPath();
  switch (file.status) {
    case 'checking':
      return (
        <span>
          <Trans>Checking…</Trans>
        </span>
      );
    case 'ready':
      return (
        <span>
          <Trans>Ready to import</Trans>
        </span>
      );
    case 'queued':
      return (
        <span>
          <Trans>Waiting to send</Trans>
        </span>
      );
    case 'uploading':
      return (
        <span>
          <Trans>Sending {Math.round((file.sentBytes / Math.max(file.size, 1)) * 100)} %</Trans>
        </span>
      );
    case 'imported':
      return (
        <span className="ok">
          <Trans>
            Imported —{' '}
            <Link to={inOrganization(`/invoices/${file.invoiceId}`)}>
              <Trans>open the invoice</Trans>
            </Link>
          </Trans>
        </span>
      );
    case 'already-imported':
      return (
        <span className="ok">
          <Trans>
            Already imported{file.importedAt ? ` on ${formatDate(file.importedAt)}` : ''} —{' '}
            <Link to={inOrganization(`/invoices/${file.invoiceId}`)}>
              <Trans>open the invoice</Trans>
            </Link>
          </Trans>
        </span>
      );
    case 'rejected':
      return <span className="warning">Rejected: {file.reason}</span>;
    case 'duplicate':
      return <span className="muted">Duplicate: {file.reason}</span>;
    case 'failed':
      return <span className="warning">Failed: {file.reason}</span>;
    case 'cancelled':
      return <span className="warning">{file.reason}</span>;
  }
}
