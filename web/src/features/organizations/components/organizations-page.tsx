import { Trans, useLingui } from '@lingui/react/macro';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useOrganizationQueryClients } from '../../../lib/organization-query-clients.ts';
import { organizationPath } from '../../../lib/organization-scope.ts';
import { DisconnectOrganizationButton } from '../../../components/disconnect-organization-button.tsx';
import { connectUrl, useDisconnectAll, useLoadedSession } from '../../../lib/session.ts';
import { organizationSummaryQuery } from '../api/organization-summary-query.ts';
import type { Amounts } from '../model/summarize-organization.ts';
import { DataTable } from '../../../components/data-table.tsx';

function AmountsCell({ figures }: { figures: Amounts }) {
  if (figures.count === 0) return <>0</>;
  return (
    <>
      {figures.count} · {figures.amounts.map((amount) => formatMoney(amount.value, amount.currency)).join(' + ')}
    </>
  );
}

/**
 * The accountant's home: every connected organization with where work is waiting. Organizations are read
 * one after another (each waits for the previous one), within the app server's request budget, and kept in
 * cache; one click opens an organization's invoices or a new invoice.
 */
export function OrganizationsPage() {
  const { t } = useLingui();
  const session = useLoadedSession();
  const queryClient = useQueryClient();
  const clients = useOrganizationQueryClients();
  const dropOrganization = (organizationId: string) => {
    clients.drop(organizationId);
    queryClient.removeQueries({ queryKey: ['organization-summary', organizationId] });
  };
  const disconnectAll = useDisconnectAll();
  const organizations = session.organizations;
  const summaries = useQueries({
    queries: organizations.map((organization, index) => {
      const previous = organizations[index - 1];
      const previousStatus = previous && queryClient.getQueryState(organizationSummaryQuery(previous.id).queryKey)?.status;
      return {
        ...organizationSummaryQuery(organization.id),
        enabled:
          !organization.reauthRequired &&
          (previous === undefined || previous.reauthRequired || (previousStatus !== undefined && previousStatus !== 'pending')),
      };
    }),
  });
  const oauth = session.authMethod === 'oauth';

  return (
    <section aria-labelledby="organizations-title">
      <h1 id="organizations-title">
        <Trans>Organizations</Trans>
      </h1>
      <DataTable
        caption={<Trans>Your connected organizations and the work waiting in each</Trans>}
        className="organizations-table"
        columns={[
          { label: <Trans>Organization</Trans> },
          { label: <Trans>Country</Trans> },
          { label: <Trans>Drafts</Trans> },
          { label: <Trans>Unpaid</Trans> },
          { label: <Trans>Overdue</Trans> },
          { label: <Trans>Last invoice</Trans> },
          {
            label: (
              <span className="visually-hidden">
                <Trans>Actions</Trans>
              </span>
            ),
          },
        ]}
      >
        {organizations.map((organization, index) => {
          const summary = summaries[index]!;
          const organizationName = organization.legal_name;
          const figures = summary.data;
          const waiting = !figures && !summary.isError && !organization.reauthRequired;
          return (
            <tr key={organization.id}>
              <th scope="row">
                <Link to={organizationPath(organization.id, '/invoices')}>{organization.legal_name}</Link>
              </th>
              <td>{organization.legal_country}</td>
              {organization.reauthRequired ? (
                <td colSpan={4}>
                  {organization.accessWithdrawn ? <Trans>Access withdrawn in Qonto.</Trans> : <Trans>The connection has expired.</Trans>}{' '}
                  <a href={connectUrl('/', organization.id)} aria-label={t`Reconnect ${organizationName}`}>
                    <Trans>Reconnect</Trans>
                  </a>
                </td>
              ) : summary.isError ? (
                <td colSpan={4}>
                  <ErrorMessage error={summary.error} title={t`These figures could not be loaded.`} />
                </td>
              ) : waiting || !figures ? (
                <td colSpan={4}>
                  <span role="status">
                    <Trans>Loading…</Trans>
                  </span>
                </td>
              ) : (
                <>
                  <td>{figures.drafts}</td>
                  <td>
                    <AmountsCell figures={figures.unpaid} />
                    {!figures.complete && t` (at least)`}
                  </td>
                  <td>
                    <AmountsCell figures={figures.overdue} />
                  </td>
                  <td>
                    {figures.lastInvoice ? (
                      <Link to={organizationPath(organization.id, `/invoices/${encodeURIComponent(figures.lastInvoice.id)}`)}>
                        {figures.lastInvoice.number ?? t`Draft`} · {formatDate(figures.lastInvoice.issue_date)}
                      </Link>
                    ) : (
                      t`None yet`
                    )}
                  </td>
                </>
              )}
              <td className="organization-actions">
                <Link to={organizationPath(organization.id)} aria-label={t`New invoice for ${organization.legal_name}`}>
                  <Trans>New invoice</Trans>
                </Link>
                {oauth && <DisconnectOrganizationButton organization={organization} onDisconnected={dropOrganization} />}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {oauth && (
        <p className="organizations-footer">
          <a className="button" href={connectUrl('/')}>
            <Trans>Add an organization</Trans>
          </a>{' '}
          <button type="button" className="button-quiet" onClick={() => disconnectAll.mutate()} disabled={disconnectAll.isPending}>
            <Trans>Disconnect all</Trans>
          </button>
        </p>
      )}
    </section>
  );
}

export { OrganizationsPage as Component };
