import { Trans, useLingui } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { Link } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { newIdempotencyKey } from '../../../lib/new-idempotency-key.ts';
import { useInvoiceAction } from '../api/invoice-actions.ts';
import { availableActions, todayIso } from '../model/available-actions.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';

/** The common steps straight from the list: send (opens the send dialog) and mark as paid today. */
export function InvoiceRowActions({ invoice }: { invoice: ClientInvoice }) {
  const { t } = useLingui();
  const inOrganization = useOrganizationPath();
  const actions = availableActions(invoice);
  const mutation = useInvoiceAction(invoice.id);
  const label = invoice.number ?? t`draft`;
  return (
    <div className="row-actions">
      {actions.send && (
        <Link to={inOrganization(`/invoices/${invoice.id}?send=1`)} aria-label={t`Send invoice ${label}`}>
          <Trans>Send</Trans>
        </Link>
      )}
      {actions.markPaid && (
        <button
          type="button"
          className="button-quiet"
          aria-label={t`Mark paid invoice ${label} today`}
          disabled={mutation.isPending}
          onClick={() =>
            mutation.mutate({ action: { kind: 'mark_as_paid', payload: { paid_at: todayIso() } }, idempotencyKey: newIdempotencyKey() })
          }
        >
          <Trans>Mark paid</Trans>
        </button>
      )}
      {mutation.error ? <ErrorMessage error={mutation.error} title={t`Invoice ${label} was not marked as paid.`} /> : null}
    </div>
  );
}
