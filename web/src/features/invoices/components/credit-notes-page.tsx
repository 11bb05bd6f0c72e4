import { Trans, useLingui } from '@lingui/react/macro';
import { Link, useSearchParams } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useCreditNotes } from '../api/list-credit-notes.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { DataTable } from '../../../components/data-table.tsx';

export function CreditNotesPage() {
  const { t } = useLingui();
  const inOrganization = useOrganizationPath();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('page'));
  const notes = useCreditNotes(Number.isInteger(requested) && requested > 0 ? requested : 1);
  const meta = notes.data?.meta;
  return (
    <section aria-labelledby="credit-notes-title">
      <h1 id="credit-notes-title">
        <Trans>Credit notes</Trans>
      </h1>
      {notes.isPending && (
        <p role="status">
          <Trans>Loading credit notes…</Trans>
        </p>
      )}
      {notes.isError && <ErrorMessage error={notes.error} title={t`The credit notes could not be loaded.`} />}
      {notes.data && notes.data.credit_notes.length === 0 && (
        <p className="empty-state">
          <Trans>
            No credit notes yet. A credit note corrects a finalized invoice: open the invoice in{' '}
            <Link to={inOrganization('/invoices')}>Invoices</Link>.
          </Trans>
        </p>
      )}
      {notes.data && notes.data.credit_notes.length > 0 && (
        <DataTable
          caption={<Trans>Credit notes, newest first</Trans>}
          columns={[
            { label: <Trans>Number</Trans> },
            { label: <Trans>Date</Trans> },
            { label: <Trans>Invoice</Trans> },
            { label: <Trans>Reason</Trans> },
            { label: <Trans>Total</Trans>, numeric: true },
          ]}
        >
          {notes.data.credit_notes.map((note) => (
            <tr key={note.id}>
              <td>{note.number}</td>
              <td>{formatDate(note.issue_date)}</td>
              <td>
                {note.invoice_id ? (
                  <Link to={inOrganization(`/invoices/${note.invoice_id}`)}>
                    <Trans>Open the invoice</Trans>
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td>{note.reason}</td>
              <td className="numeric">{note.total_amount ? formatMoney(note.total_amount.value, note.currency ?? 'EUR') : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination meta={meta} onPage={(page) => setParams({ page: String(page) })} />
    </section>
  );
}

export { CreditNotesPage as Component };
