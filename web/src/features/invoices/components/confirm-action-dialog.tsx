import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** "Are you sure?" for the steps that cannot be undone (cancel an invoice, delete a draft). */
export function ConfirmActionDialog({ open, title, confirmLabel, pending, error, onConfirm, onClose, children }: Props) {
  return (
    <ModalDialog open={open} title={title} titleId="confirm-action-title" onClose={onClose}>
      {children}
      {error ? <ErrorMessage error={error} title={`${title} failed.`} /> : null}
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>
          <Trans>Keep it</Trans>
        </button>
      </div>
    </ModalDialog>
  );
}
