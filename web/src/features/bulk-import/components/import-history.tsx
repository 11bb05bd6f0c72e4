import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDate, formatFileSize } from '../../../lib/format.ts';
import { importLog } from '../orchestration/import-log.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { DataTable } from '../../../components/data-table.tsx';

/** What this browser imported before (the IndexedDB log), newest first: survives reloads. */
export function ImportHistory({ organizationId, refreshKey }: { organizationId: string; refreshKey: number }) {
  const inOrganization = useOrganizationPath();
  const history = useQuery({
    queryKey: ['import-log', organizationId, refreshKey],
    queryFn: async () => [...(await importLog(organizationId)).values()].sort((a, b) => b.importedAt.localeCompare(a.importedAt)),
  });
  if (!history.data || history.data.length === 0) return null;
  return (
    <details className="section import-history">
      <summary>
        <Trans>Imported earlier from this browser ({history.data.length})</Trans>
      </summary>
      <DataTable
        caption={<Trans>Files imported earlier</Trans>}
        columns={[
          { label: <Trans>File</Trans> },
          { label: <Trans>Size</Trans>, numeric: true },
          { label: <Trans>Imported</Trans> },
          { label: <Trans>Invoice</Trans> },
        ]}
      >
        {history.data.map((entry) => (
          <tr key={entry.sha256}>
            <th scope="row">{entry.fileName}</th>
            <td className="numeric">{formatFileSize(entry.size)}</td>
            <td>{formatDate(entry.importedAt)}</td>
            <td>
              <Link to={inOrganization(`/invoices/${entry.invoiceId}`)}>
                <Trans>Open</Trans>
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
