import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { DialogButtons } from './dialog-buttons.tsx';
import { DialogField } from './dialog-field.tsx';
import { todayIso } from '../model/available-actions.ts';

interface Props {
  open: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (paidAt: string) => void;
  onClose: () => void;
}

/** The payment date: today unless told otherwise, never in the future (Qonto refuses it). */
export function MarkPaidDialog({ open, pending, error, onSubmit, onClose }: Props) {
  const { t } = useLingui();
  const today = todayIso();
  const [paidAt, setPaidAt] = useState(today);
  const future = paidAt > today;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!future && paidAt !== '') onSubmit(paidAt);
  };
  return (
    <ModalDialog open={open} title={t`Mark as paid`} titleId="mark-paid-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <DialogField id="paid-at" label={<Trans>Payment date</Trans>} problem={future && t`The payment date cannot be in the future.`}>
          {(control) => <input {...control} type="date" value={paidAt} max={today} onChange={(event) => setPaidAt(event.target.value)} />}
        </DialogField>
        {error ? <ErrorMessage error={error} title={t`The invoice could not be marked as paid.`} /> : null}
        <DialogButtons submitLabel={t`Mark as paid`} pending={pending} onClose={onClose} />
      </form>
    </ModalDialog>
  );
}
