import { Trans, useLingui } from '@lingui/react/macro';
import { itemUnits } from '@composer/shared/constants/units';
import { useCallback, useEffect, useRef } from 'react';
import { useComposerForm, useComposerLines, useComposerSettings } from '../form/composer-form.tsx';
import { emptyItem } from '../model/composer-values.ts';
import { formatDecimalInput } from '../model/parse-decimal-input.ts';
import { ItemRow } from './item-row.tsx';

/**
 * Lines are laid out in groups of this many: the browser lays out a container by walking its children,
 * so a key press in one line of a flat 300-line list walks 300 rows, while in groups it walks the
 * groups and the lines of one group.
 */
const linesPerGroup = 10;

type FocusTarget = { line: number; target: 'title' | 'up' | 'down' };

export function ItemsSection() {
  const { t } = useLingui();
  const { getValues } = useComposerForm();
  const { profile, locale } = useComposerSettings();
  const defaultVatRate = formatDecimalInput(profile.vatRates[0] ?? '20', locale);
  const { fields, append, remove, insert, move } = useComposerLines();
  // Keyboard focus goes where the user's action left it once React has committed the lines (not on a
  // timer, which can fire after the next key press): a new line's title, or a moved line's Move button.
  const pendingFocus = useRef<FocusTarget | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    pendingFocus.current = null;
    const { line, target } = pending;
    if (target === 'title') document.getElementById(`field-items-${line}-title`)?.focus();
    else {
      const buttons = document.querySelectorAll('.item-row')[line]?.querySelectorAll<HTMLButtonElement>('.item-actions button');
      const [up, down] = [buttons?.[1], buttons?.[2]];
      const preferred = target === 'down' ? down : up;
      (preferred && !preferred.disabled ? preferred : target === 'down' ? up : down)?.focus();
    }
  }, [fields]);
  const add = useCallback(() => {
    const added = getValues('items').length;
    append({ ...emptyItem(), vat_rate: defaultVatRate }, { shouldFocus: false });
    pendingFocus.current = { line: added, target: 'title' };
  }, [append, defaultVatRate, getValues]);
  const duplicate = useCallback(
    (index: number) => {
      insert(index + 1, { ...getValues(`items.${index}`) }, { shouldFocus: false });
      pendingFocus.current = { line: index + 1, target: 'title' };
    },
    [insert, getValues],
  );
  const reorder = useCallback(
    (from: number, to: number) => {
      move(from, to);
      pendingFocus.current = { line: to, target: to > from ? 'down' : 'up' };
    },
    [move],
  );
  const removeAt = useCallback((index: number) => remove(index), [remove]);
  return (
    <fieldset className="section items-section">
      <legend>
        <Trans>Items</Trans>
      </legend>
      <datalist id="item-units">
        {itemUnits.map(({ unit, code }) => (
          <option key={unit} value={unit}>
            {code}
          </option>
        ))}
      </datalist>
      <datalist id="vat-rates">
        {profile.vatRates.map((rate) => (
          <option key={rate} value={formatDecimalInput(rate, locale)} />
        ))}
      </datalist>
      {/* An ARIA list because native lists may not hold the grouping divs; those stay generic, so the
          accessibility tree is one list of every line. */}
      <div role="list" aria-label={t`Invoice lines`} className="item-list">
        {Array.from({ length: Math.ceil(fields.length / linesPerGroup) }, (_, group) => (
          <div key={group} className="item-group">
            {fields.slice(group * linesPerGroup, (group + 1) * linesPerGroup).map((field, offset) => {
              const index = group * linesPerGroup + offset;
              return (
                <ItemRow
                  key={field.id}
                  index={index}
                  count={fields.length}
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
        <Trans>Add item</Trans>
      </button>
    </fieldset>
  );
}
