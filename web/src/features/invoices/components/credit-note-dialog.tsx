import { Trans, useLingui } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import type { CreditNoteCreatePayload } from '@composer/shared/schemas/invoice-actions';
import { decimal } from '@composer/shared/money/decimal';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { DialogButtons } from './dialog-buttons.tsx';
import { DialogField } from './dialog-field.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { todayIso } from '../model/available-actions.ts';
import { creditLines, creditSelection } from '../model/credit-note-draft.ts';

interface Props {
  open: boolean;
  invoice: ClientInvoice;
  remaining: string;
  numberRequired: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (payload: CreditNoteCreatePayload) => void;
  onClose: () => void;
}

/** A finalized invoice is corrected by a credit note: the whole invoice, or chosen lines and quantities. */
export function CreditNoteDialog({ open, invoice, remaining, numberRequired, pending, error, onSubmit, onClose }: Props) {
  const { t } = useLingui();
  const lines = creditLines(invoice);
  const currency = invoice.currency ?? 'EUR';
  const [mode, setMode] = useState<'full' | 'partial'>('full');
  const [quantities, setQuantities] = useState<string[]>(() => lines.map(() => ''));
  const [reason, setReason] = useState('');
  const [issueDate, setIssueDate] = useState(todayIso());
  const [number, setNumber] = useState('');
  const [tried, setTried] = useState(false);
  const selection = creditSelection(lines, mode === 'full' ? lines.map((line) => line.maxQuantity) : quantities);
  const tooMuch = decimal(selection.total).gt(remaining);
  const missing = {
    reason: reason.trim() === '' ? t`Say why the invoice is credited.` : reason.length > 500 ? t`At most 500 characters.` : '',
    lines: selection.items.length === 0 ? t`Credit at least one line.` : '',
    number: numberRequired && number.trim() === '' ? t`Your organization numbers documents by hand: enter a number.` : '',
  };
  const blocked = tooMuch || Object.keys(selection.problems).length > 0 || Object.values(missing).some(Boolean);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (blocked) return;
    onSubmit({
      invoice_id: invoice.id,
      issue_date: issueDate,
      reason: reason.trim(),
      currency: 'EUR',
      items: selection.items,
      ...(numberRequired ? { number: number.trim() } : {}),
    });
  };

  return (
    <ModalDialog open={open} title={t`Credit note for invoice ${invoice.number ?? ''}`} titleId="credit-note-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset className="radio-row">
          <legend>
            <Trans>What to credit</Trans>
          </legend>
          <label className="checkbox">
            <Trans>
              <input type="radio" name="credit-mode" checked={mode === 'full'} onChange={() => setMode('full')} />
              The whole invoice
            </Trans>
          </label>
          <label className="checkbox">
            <Trans>
              <input type="radio" name="credit-mode" checked={mode === 'partial'} onChange={() => setMode('partial')} />
              Some lines
            </Trans>
          </label>
        </fieldset>
        {mode === 'partial' && (
          <fieldset>
            <legend>
              <Trans>Quantities to credit</Trans>
            </legend>
            {lines.map((line, i) => {
              const title = line.item.title;
              const invoiced = line.maxQuantity;
              return (
                <DialogField
                  key={i}
                  id={`credit-quantity-${i}`}
                  label={
                    <Trans>
                      {title} (invoiced {invoiced})
                    </Trans>
                  }
                  problem={selection.problems[i]}
                >
                  {(control) => (
                    <input
                      {...control}
                      inputMode="decimal"
                      value={quantities[i] ?? ''}
                      onChange={(event) => setQuantities((current) => current.map((value, j) => (j === i ? event.target.value : value)))}
                    />
                  )}
                </DialogField>
              );
            })}
            {tried && missing.lines && <p className="field-error">{missing.lines}</p>}
          </fieldset>
        )}
        <DialogField id="credit-reason" label={<Trans>Reason</Trans>} problem={tried && missing.reason}>
          {(control) => (
            <textarea {...control} rows={3} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
          )}
        </DialogField>
        <div className="field">
          <label htmlFor="credit-date">
            <Trans>Date of the credit note</Trans>
          </label>
          <input id="credit-date" type="date" value={issueDate} onChange={(event) => setIssueDate(event.target.value)} />
        </div>
        {numberRequired && (
          <DialogField id="credit-number" label={<Trans>Credit note number</Trans>} problem={tried && missing.number}>
            {(control) => <input {...control} value={number} onChange={(event) => setNumber(event.target.value)} />}
          </DialogField>
        )}
        <p role="status" className={tooMuch ? 'field-error' : undefined}>
          <Trans>
            Credit note total {formatMoney(selection.total, currency)}; {formatMoney(remaining, currency)} remains creditable
            {tooMuch ? t`: the credit note would exceed it.` : '.'}
          </Trans>
        </p>
        {error ? <ErrorMessage error={error} title={t`The credit note was not created.`} /> : null}
        <DialogButtons submitLabel={t`Create credit note`} pending={pending} onClose={onClose} />
      </form>
    </ModalDialog>
  );
}
