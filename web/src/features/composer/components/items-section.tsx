import { itemUnits } from '@composer/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { emptyItem, type ComposerValues } from '../model/composer-values.ts';
import { vatPresets } from '../model/country-rules.ts';
import type { FormChanges } from './form-changes.ts';
import { ItemRow } from './item-row.tsx';

interface Props {
  control: Control<ComposerValues>;
  register: UseFormRegister<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  locale: string;
  currency: string;
  country: string;
  defaultVatRate: string;
  changes: FormChanges;
}

export function ItemsSection({ control, register, getValues, locale, currency, country, defaultVatRate, changes }: Props) {
  const { fields, append, remove, insert, move } = useFieldArray({ control, name: 'items' });
  // Adding, removing or moving lines changes the totals without any input event (not on first render).
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) changes.emit();
    mounted.current = true;
  }, [fields, changes]);
  // Focus a new line's title once React has committed it (not on a timer, which can lose the race).
  const [focusLine, setFocusLine] = useState<number | null>(null);
  useEffect(() => {
    if (focusLine === null) return;
    document.getElementById(`field-items-${focusLine}-title`)?.focus();
    setFocusLine(null);
  }, [focusLine, fields]);
  const focusTitle = setFocusLine;
  const add = useCallback(() => {
    const added = getValues('items').length;
    append({ ...emptyItem(), vat_rate: defaultVatRate }, { shouldFocus: false });
    focusTitle(added);
  }, [append, defaultVatRate, getValues]);
  const duplicate = useCallback(
    (index: number) => {
      insert(index + 1, { ...getValues(`items.${index}`) }, { shouldFocus: false });
      focusTitle(index + 1);
    },
    [insert, getValues],
  );
  const reorder = useCallback(
    (from: number, to: number) => {
      move(from, to);
      // Keep the keyboard on the moved line: its same "Move" button, or the other one at either end.
      requestAnimationFrame(() => {
        const buttons = document.querySelectorAll('.item-row')[to]?.querySelectorAll<HTMLButtonElement>('.item-actions button');
        const [up, down] = [buttons?.[1], buttons?.[2]];
        const preferred = to > from ? down : up;
        (preferred && !preferred.disabled ? preferred : to > from ? up : down)?.focus();
      });
    },
    [move],
  );
  const removeAt = useCallback((index: number) => remove(index), [remove]);
  return (
    <fieldset className="section items-section">
      <legend>Items</legend>
      <datalist id="item-units">
        {itemUnits.map(({ unit, code }) => (
          <option key={unit} value={unit}>
            {code}
          </option>
        ))}
      </datalist>
      <datalist id="vat-rates">
        {(vatPresets[country] ?? []).map((rate) => (
          <option key={rate} value={rate} />
        ))}
      </datalist>
      <ol className="item-list">
        {fields.map((field, index) => (
          <ItemRow
            key={field.id}
            control={control}
            register={register}
            getValues={getValues}
            index={index}
            count={fields.length}
            locale={locale}
            currency={currency}
            country={country}
            onRemove={removeAt}
            onDuplicate={duplicate}
            onMove={reorder}
            onAddAfterLast={add}
          />
        ))}
      </ol>
      <button type="button" onClick={add}>
        Add item
      </button>
    </fieldset>
  );
}
