import { useLingui } from '@lingui/react/macro';
interface Props {
  submitLabel: string;
  closeLabel?: string;
  pending: boolean;
  onClose: () => void;
  /** The submit button's look: the dialog's main action, or a secondary one when another leads. */
  tone?: 'primary' | 'plain';
}

/** The submit / close pair every invoice dialog ends with; submit is off while Qonto is answering. */
export function DialogButtons({ submitLabel, closeLabel, pending, onClose, tone = 'primary' }: Props) {
  const { t } = useLingui();
  return (
    <div className="dialog-actions">
      <button type="submit" className={tone === 'primary' ? 'button button-primary' : 'button'} disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {closeLabel ?? t`Cancel`}
      </button>
    </div>
  );
}
