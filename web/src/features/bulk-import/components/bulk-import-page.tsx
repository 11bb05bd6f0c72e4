import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ImportSummary } from './import-summary.tsx';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import { useDropzone } from 'react-dropzone';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ErrorText } from '../../../components/error-text.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import { useOrganization } from '../../../lib/organization-queries.ts';
import { useBulkImport } from '../orchestration/use-bulk-import.ts';
import { sendable } from '../model/import-state.ts';
import { EInvoiceCell } from './einvoice-cell.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportHistory } from './import-history.tsx';
import { ImportStatusCell } from './import-status.tsx';
import { DataTable } from '../../../components/data-table.tsx';

function BulkImport({ organizationId }: { organizationId: string }) {
  const { t } = useLingui();
  const { files, add, send, cancel, clear, sending, forbidden } = useBulkImport(organizationId);
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop: add,
    noClick: true,
    noKeyboard: true,
    multiple: true,
    disabled: forbidden !== undefined,
  });
  const ready = files.filter(sendable);
  const failed = files.filter((file) => file.status === 'failed' || file.status === 'cancelled');
  const rejected = files.filter((file) => file.status === 'rejected' || file.status === 'duplicate').length;
  const checking = files.filter((file) => file.status === 'checking').length;
  const imported = files.filter((file) => file.status === 'imported').length;
  if (forbidden !== undefined) {
    return (
      <p className="error-message" role="alert">
        <Trans>Qonto refuses bulk import for this organization.</Trans> <ErrorText errors={forbidden} />
      </p>
    );
  }
  return (
    <div {...getRootProps({ className: `import-page${isDragActive ? ' dragging' : ''}` })}>
      <input {...getInputProps({ 'aria-label': t`Invoice files to import` })} />
      <div className="dropzone large">
        <p>
          <Trans>Drop invoice files anywhere on this page (PDF, including Factur-X and ZUGFeRD, JPEG or PNG; 5 MB each), or</Trans>
        </p>
        <button type="button" onClick={open} disabled={sending}>
          <Trans>Choose files</Trans>
        </button>
      </div>
      {files.length > 0 && (
        <>
          <p role="status" className="import-summary">
            <ImportSummary
              files={files.length}
              ready={ready.length - failed.length}
              imported={imported}
              alreadyImported={files.filter((file) => file.status === 'already-imported').length}
              setAside={rejected}
              checking={checking}
            />
          </p>
          <div className="form-actions">
            {!sending && ready.length - failed.length > 0 && (
              <button type="button" className="button-primary" onClick={() => void send()} disabled={checking > 0}>
                {plural(ready.length - failed.length, { one: 'Import # file', other: 'Import # files' })}
              </button>
            )}
            {!sending && failed.length > 0 && ready.length === failed.length && (
              <button type="button" className="button-primary" onClick={() => void send()}>
                <Trans>Retry failed</Trans>
              </button>
            )}
            {sending && (
              <button type="button" onClick={cancel}>
                <Trans>Cancel</Trans>
              </button>
            )}
            {!sending && (
              <button type="button" onClick={clear}>
                <Trans>Clear the list</Trans>
              </button>
            )}
          </div>
          <ImportProgress files={files} />
          <DataTable
            caption={<Trans>Files to import</Trans>}
            className="data-table import-table"
            columns={[
              { label: <Trans>File</Trans> },
              { label: <Trans>Size</Trans>, numeric: true },
              { label: <Trans>E-invoice</Trans> },
              { label: <Trans>Status</Trans> },
            ]}
          >
            {files.map((file) => (
              <tr key={file.id}>
                <th scope="row">{file.name}</th>
                <td className="numeric">{formatFileSize(file.size)}</td>
                <td>
                  {/* A refused file is not read for e-invoice data: saying it has none would contradict the reason. */}
                  {file.status === 'rejected' ? <span className="muted">—</span> : <EInvoiceCell analysis={file.analysis} />}
                </td>
                <td>
                  <ImportStatusCell file={file} />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <ImportHistory organizationId={organizationId} refreshKey={imported} />
    </div>
  );
}

export function BulkImportPage() {
  const { t } = useLingui();
  const organization = useOrganization();
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">
        <Trans>Import invoices</Trans>
      </h1>
      <p>
        <Trans>
          Import invoices you already issued elsewhere: Qonto keeps each file as it is. Importing the same file twice gives the same
          invoice.
        </Trans>
      </p>
      {organization.isPending && (
        <p role="status">
          <Trans>Loading your organization…</Trans>
        </p>
      )}
      {organization.isError && <ErrorMessage error={organization.error} title={t`Your organization could not be loaded.`} />}
      {organization.data && !organizationProfile(organization.data.organization).bulkImport ? (
        <p className="error-message" role="alert">
          <Trans>
            Bulk import is not available to Italian organizations: Qonto refuses it (invoices there go through the SdI). Create invoices one
            by one instead.
          </Trans>
        </p>
      ) : (
        organization.data && <BulkImport organizationId={organization.data.organization.id} />
      )}
    </section>
  );
}

export { BulkImportPage as Component };
