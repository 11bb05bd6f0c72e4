interface Props {
  submitLabel: string;
  closeLabel?: string;
  pending: boolean;
  onClose: () => void;
  /** The submit button's look: the dialog's main action, or a secondary one when another leads. */
  tone?: 'primary' | 'plain';
}

/** The submit / close pair every invoice dialog ends with; submit is off while Qonto is answering. */
export function DialogButtons({ submitLabel, closeLabel = 'Cancel', pending, onClose, tone = 'primary' }: Props) {
  return (
    <div className="dialog-actions">
      <button type="submit" className={tone === 'primary' ? 'button button-primary' : 'button'} disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {closeLabel}
      </button>
    </div>
  );
}
