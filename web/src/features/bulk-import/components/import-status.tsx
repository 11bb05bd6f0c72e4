import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import type { ImportFile } from '../model/import-state.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';

/** One file's state in words, with the link to its invoice once Qonto has it. */
export function ImportStatusCell({ file }: { file: ImportFile }) {
  const inOrganization = useOrganizationPath();
  switch (file.status) {
    case 'checking':
      return <span>Checking…</span>;
    case 'ready':
      return <span>Ready to import</span>;
    case 'queued':
      return <span>Waiting to send</span>;
    case 'uploading':
      return <span>Sending {Math.round((file.sentBytes / Math.max(file.size, 1)) * 100)} %</span>;
    case 'imported':
      return (
        <span className="ok">
          Imported — <Link to={inOrganization(`/invoices/${file.invoiceId}`)}>open the invoice</Link>
        </span>
      );
    case 'already-imported':
      return (
        <span className="ok">
          Already imported{file.importedAt ? ` on ${formatDate(file.importedAt)}` : ''} —{' '}
          <Link to={inOrganization(`/invoices/${file.invoiceId}`)}>open the invoice</Link>
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
