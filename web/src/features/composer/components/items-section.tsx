import { itemUnits } from '@composer/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { emptyItem, type ComposerValues } from '../model/composer-values.ts';
import { vatPresets } from '../model/country-rules.ts';
import type { FormChanges } from '../form/form-changes.ts';
import { ItemRow } from './item-row.tsx';

/**
 * Lines are laid out in groups of this many: the browser lays out a container by walking its children,
 * so a key press in one line of a flat 300-line list walks 300 rows, while in groups it walks the
 * groups and the lines of one group.
 */
const linesPerGroup = 10;

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
  // Keyboard focus goes where the user's action left it once React has committed the lines (not on a
  // timer, which can fire after the next key press): a new line's title, or a moved line's Move button.
  const [pendingFocus, setPendingFocus] = useState<{ line: number; target: 'title' | 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (pendingFocus === null) return;
    const { line, target } = pendingFocus;
    if (target === 'title') document.getElementById(`field-items-${line}-title`)?.focus();
    else {
      const buttons = document.querySelectorAll('.item-row')[line]?.querySelectorAll<HTMLButtonElement>('.item-actions button');
      const [up, down] = [buttons?.[1], buttons?.[2]];
      const preferred = target === 'down' ? down : up;
      (preferred && !preferred.disabled ? preferred : target === 'down' ? up : down)?.focus();
    }
    setPendingFocus(null);
  }, [pendingFocus, fields]);
  const add = useCallback(() => {
    const added = getValues('items').length;
    append({ ...emptyItem(), vat_rate: defaultVatRate }, { shouldFocus: false });
    setPendingFocus({ line: added, target: 'title' });
  }, [append, defaultVatRate, getValues]);
  const duplicate = useCallback(
    (index: number) => {
      insert(index + 1, { ...getValues(`items.${index}`) }, { shouldFocus: false });
      setPendingFocus({ line: index + 1, target: 'title' });
    },
    [insert, getValues],
  );
  const reorder = useCallback(
    (from: number, to: number) => {
      move(from, to);
      setPendingFocus({ line: to, target: to > from ? 'down' : 'up' });
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
      {/* An ARIA list because native lists may not hold the grouping divs; those stay generic, so the
          accessibility tree is one list of every line. */}
      <div role="list" aria-label="Invoice lines" className="item-list">
        {Array.from({ length: Math.ceil(fields.length / linesPerGroup) }, (_, group) => (
          <div key={group} className="item-group">
            {fields.slice(group * linesPerGroup, (group + 1) * linesPerGroup).map((field, offset) => {
              const index = group * linesPerGroup + offset;
              return (
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
              );
            })}
          </div>
        ))}
      </div>
      <button type="button" onClick={add}>
        Add item
      </button>
    </fieldset>
  );
}
