import { Trans, useLingui } from '@lingui/react/macro';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { useClient } from '../../../lib/client-queries.ts';
import { newIdempotencyKey } from '../../../lib/new-idempotency-key.ts';
import { useEinvoicingSettings, useOrganization, useSettings } from '../../../lib/organization-queries.ts';
import { useInvoiceAction, type InvoiceAction } from '../api/invoice-actions.ts';
import { useInvoiceCreditNotes } from '../api/list-credit-notes.ts';
import { availableActions } from '../model/available-actions.ts';
import { remainingCreditable } from '../model/credit-note-draft.ts';
import { recordSent, type SentRecord } from '../model/sent-log.ts';
import { ConfirmActionDialog } from './confirm-action-dialog.tsx';
import { CreditNoteDialog } from './credit-note-dialog.tsx';
import { DownloadPdf } from './download-pdf.tsx';
import { invoiceClientName } from './invoice-client-name.ts';
import { MarkPaidDialog } from './mark-paid-dialog.tsx';
import { SendInvoiceDialog } from './send-invoice-dialog.tsx';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';

type Open = 'send' | 'paid' | 'cancel' | 'delete' | 'credit' | null;

interface Props {
  invoice: ClientInvoice;
  initiallyOpen?: Open;
  onSent: (log: SentRecord[]) => void;
}

/** The invoice's next steps, only those its status allows; each dialog keeps its input until Qonto agrees. */
export function InvoiceActions({ invoice, initiallyOpen = null, onSent }: Props) {
  const { t } = useLingui();
  const inOrganization = useOrganizationPath();
  const [, navigate] = useLocation();
  const actions = availableActions(invoice);
  const [open, setOpen] = useState<Open>(initiallyOpen);
  const [intent, setIntent] = useState(newIdempotencyKey);
  const mutation = useInvoiceAction(invoice.id, () => navigate(inOrganization('/invoices')));
  const organization = useOrganization();
  const settings = useSettings();
  const einvoicing = useEinvoicingSettings(actions.send);
  const client = useClient(actions.send ? (invoice.client?.id ?? '') : '');
  const creditNotes = useInvoiceCreditNotes(invoice.credit_notes_ids);
  const profile = organization.data ? organizationProfile(organization.data.organization) : undefined;

  const show = (dialog: Open) => {
    mutation.reset();
    setIntent(newIdempotencyKey());
    setOpen(dialog);
  };
  const close = () => setOpen(null);
  const run = (action: InvoiceAction, after?: () => void) =>
    mutation.mutate(
      { action, idempotencyKey: intent },
      {
        onSuccess: () => {
          setIntent(newIdempotencyKey());
          setOpen(null);
          after?.();
        },
      },
    );

  const recipients = [client.data?.email, ...(client.data?.extra_emails ?? [])].filter((email): email is string => Boolean(email));
  const einvoiceOffered = client.data?.e_invoicing_reachable === true && einvoicing.data?.sending_status === 'enabled';
  const organizationName = String(organization.data?.organization.legal_name ?? '');

  return (
    <section aria-label={t`Invoice actions`} className="invoice-actions">
      <div className="toolbar">
        {actions.edit && (
          <Link className="button" to={inOrganization(`/invoices/${encodeURIComponent(invoice.id)}/edit`)}>
            <Trans>Edit</Trans>
          </Link>
        )}
        {actions.finalize && (
          <button type="button" className="button button-primary" disabled={mutation.isPending} onClick={() => run({ kind: 'finalize' })}>
            <Trans>Finalize</Trans>
          </button>
        )}
        {actions.send && (
          <button type="button" className="button button-primary" onClick={() => show('send')}>
            <Trans>Send…</Trans>
          </button>
        )}
        {actions.markPaid && (
          <button type="button" className="button" onClick={() => show('paid')}>
            <Trans>Mark as paid…</Trans>
          </button>
        )}
        {actions.unmarkPaid && (
          <button type="button" className="button" disabled={mutation.isPending} onClick={() => run({ kind: 'unmark_as_paid' })}>
            <Trans>Unmark as paid</Trans>
          </button>
        )}
        {actions.creditNote && (
          <button type="button" className="button" onClick={() => show('credit')}>
            <Trans>Create credit note…</Trans>
          </button>
        )}
        {actions.cancel && (
          <button type="button" className="button button-danger" onClick={() => show('cancel')}>
            <Trans>Cancel invoice…</Trans>
          </button>
        )}
        {actions.deleteDraft && (
          <button type="button" className="button button-danger" onClick={() => show('delete')}>
            <Trans>Delete draft…</Trans>
          </button>
        )}
        {actions.downloadPdf && (
          <DownloadPdf invoice={invoice} waitsForFacturX={invoice.status !== 'draft' && Boolean(profile?.reformMentions)} />
        )}
      </div>
      {open === null && mutation.error ? <ErrorMessage error={mutation.error} title={t`The action was not carried out.`} /> : null}
      {mutation.isPending && open === null && (
        <p role="status">
          <Trans>Sending to Qonto…</Trans>
        </p>
      )}

      {open === 'send' && (
        <SendInvoiceDialog
          open
          invoice={invoice}
          organizationName={organizationName}
          recipients={recipients}
          einvoiceOffered={einvoiceOffered}
          pending={mutation.isPending}
          error={mutation.error}
          onClose={close}
          onSendEmail={(payload) =>
            run({ kind: 'send', payload }, () =>
              onSent(recordSent(invoice.id, { at: new Date().toISOString(), to: payload.send_to, channel: 'email' })),
            )
          }
          onSendEinvoice={() =>
            run({ kind: 'send_by_einvoice' }, () =>
              onSent(recordSent(invoice.id, { at: new Date().toISOString(), to: [invoiceClientName(invoice)], channel: 'einvoice' })),
            )
          }
        />
      )}
      {open === 'paid' && (
        <MarkPaidDialog
          open
          pending={mutation.isPending}
          error={mutation.error}
          onClose={close}
          onSubmit={(paidAt) => run({ kind: 'mark_as_paid', payload: { paid_at: paidAt } })}
        />
      )}
      {open === 'credit' && (
        <CreditNoteDialog
          open
          invoice={invoice}
          remaining={remainingCreditable(invoice, creditNotes.notes)}
          numberRequired={settings.data?.numbering_mode === 'manual'}
          pending={mutation.isPending}
          error={mutation.error}
          onClose={close}
          onSubmit={(payload) => run({ kind: 'credit_note', payload })}
        />
      )}
      <ConfirmActionDialog
        open={open === 'cancel'}
        title={t`Cancel invoice`}
        confirmLabel={t`Cancel the invoice`}
        pending={mutation.isPending}
        error={mutation.error}
        onClose={close}
        onConfirm={() => run({ kind: 'mark_as_canceled' })}
      >
        <p>
          <Trans>Canceling is final: the invoice keeps its number and can no longer be paid, sent or credited.</Trans>
        </p>
      </ConfirmActionDialog>
      <ConfirmActionDialog
        open={open === 'delete'}
        title={t`Delete draft`}
        confirmLabel={t`Delete the draft`}
        pending={mutation.isPending}
        error={mutation.error}
        onClose={close}
        onConfirm={() => run({ kind: 'delete' })}
      >
        <p>
          <Trans>The draft is deleted from Qonto. This cannot be undone.</Trans>
        </p>
      </ConfirmActionDialog>
    </section>
  );
}
