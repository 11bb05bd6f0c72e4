import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { FormChanges } from '../form/form-changes.ts';
import { useLineErrors } from '../form/form-errors.ts';
import { ExemptionReasonField } from './exemption-reason-field.tsx';
import { ItemDiscountField } from './item-discount-field.tsx';
import { LineTotal } from './line-total.tsx';
import { ProductTitleInput } from './product-title-input.tsx';
import { SaveAsProduct } from './save-as-product.tsx';
import { TextInput } from './text-field.tsx';

export interface ItemRowProps {
  index: number;
  count: number;
  onRemove: (index: number) => void;
  onDuplicate: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onAddAfterLast: () => void;
}

/**
 * One line item; memoised and uncontrolled, so typing in it never re-renders the other lines. Its own
 * changes (bubbling change events, a product picked) are told to the few parts that show something
 * derived from its values (total, discount field, exemption reason), which re-render only when that
 * derived value changes. Its errors come as one value for the whole line (useLineErrors).
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { t } = useLingui();
  const { index, count } = props;
  const { errors: formErrors } = useComposerForm();
  const { currency } = useComposerSettings();
  const lineChanges = useMemo(() => new FormChanges(), []);
  const name = (field: string) => `items.${index}.${field}`;
  const errors = useLineErrors(formErrors, index);
  const error = (field: string) => errors[field];
  const last = index === count - 1;
  const addOnEnter = (event: KeyboardEvent<HTMLDivElement>) => {
    if (last && event.key === 'Enter' && !event.defaultPrevented && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      props.onAddAfterLast();
    }
  };
  return (
    <div role="listitem" className="item-row">
      <fieldset onChange={() => lineChanges.emit()}>
        <legend className="visually-hidden">
          <Trans>Item {index + 1}</Trans>
        </legend>
        <div className="item-fields" onKeyDown={addOnEnter}>
          <ProductTitleInput index={index} label={t`Item ${index + 1} title`} error={error('title')} onFilled={lineChanges.emit} />
          <TextInput name={name('quantity')} label={t`Quantity`} inputMode="decimal" className="narrow" error={error('quantity')} />
          <TextInput name={name('unit')} label={t`Unit`} list="item-units" className="narrow" error={error('unit')} />
          <TextInput
            name={name('unit_price')}
            label={t`Unit price (${currency})`}
            inputMode="decimal"
            className="narrow"
            error={error('unit_price')}
          />
          <TextInput
            name={name('vat_rate')}
            label={t`VAT (%)`}
            inputMode="decimal"
            list="vat-rates"
            className="narrow"
            error={error('vat_rate')}
          />
          <ExemptionReasonField index={index} lineChanges={lineChanges} error={error('vat_exemption_reason')} />
          <ItemDiscountField index={index} lineChanges={lineChanges} error={error('discount_value')} />
          <LineTotal index={index} lineChanges={lineChanges} />
        </div>
        <TextInput name={name('description')} label={t`Description`} multiline rows={2} error={error('description')} />
        <div className="item-actions" role="group" aria-label={t`Item ${index + 1} actions`}>
          <button type="button" onClick={() => props.onDuplicate(index)}>
            <Trans>
              Duplicate<span className="visually-hidden"> item {index + 1}</span>
            </Trans>
          </button>
          <button type="button" onClick={() => props.onMove(index, index - 1)} disabled={index === 0}>
            <Trans>
              Move up<span className="visually-hidden"> item {index + 1}</span>
            </Trans>
          </button>
          <button type="button" onClick={() => props.onMove(index, index + 1)} disabled={last}>
            <Trans>
              Move down<span className="visually-hidden"> item {index + 1}</span>
            </Trans>
          </button>
          <button type="button" onClick={() => props.onRemove(index)} disabled={count === 1}>
            <Trans>
              Remove<span className="visually-hidden"> item {index + 1}</span>
            </Trans>
          </button>
          <SaveAsProduct index={index} />
        </div>
      </fieldset>
    </div>
  );
});
