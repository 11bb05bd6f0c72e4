import { useLingui } from '@lingui/react/macro';
import type { Product } from '@composer/shared';
import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useProductCatalogue } from '../api/products.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { lineFromProduct, searchProducts } from '../model/product-lines.ts';
import { errorId, FieldError } from './field-error.tsx';

interface Props {
  index: number;
  label: string;
  error: string | undefined;
  /** The line's other fields were filled from a product: the line re-renders its totals and fields. */
  onFilled: () => void;
}

/**
 * A line's title, which suggests the organization's products as the user types (ARIA combobox with a
 * listbox: arrows move, Enter picks, Escape closes). Picking copies the product onto the line.
 */
export function ProductTitleInput({ index, label, error, onFilled }: Props) {
  const { t } = useLingui();
  const { register, writeTyped, changes } = useComposerForm();
  const { locale, currency } = useComposerSettings();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [wanted, setWanted] = useState(false);
  const catalogue = useProductCatalogue(wanted);
  const matches = open && catalogue.data ? searchProducts(catalogue.data, typed) : [];
  const expanded = matches.length > 0;
  const listId = useId();
  const optionId = (option: number) => `${listId}-${option}`;
  const name = `items.${index}.title` as const;
  const id = `field-items-${index}-title`;
  const { onChange: _validatingChange, ...registration } = register(name);

  const pick = (product: Product | undefined) => {
    if (!product) return;
    for (const [field, value] of Object.entries(lineFromProduct(product, locale))) {
      writeTyped(`items.${index}.${field}` as `items.${number}.title`, value);
    }
    changes.emit();
    setOpen(false);
    onFilled();
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    writeTyped(name, event.target.value);
    setTyped(event.target.value);
    setActive(0);
    setOpen(true);
    setWanted(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && expanded) {
      event.preventDefault();
      setActive((option) => Math.min(option + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((option) => Math.max(option - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      // Picks instead of adding a line: the row's Enter handler sees the event as handled.
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="field wide product-title">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={errorId(name)}
        autoComplete="off"
        {...registration}
        onChange={onChange}
        onFocus={() => setWanted(true)}
        onBlur={(event) => {
          setOpen(false);
          setWanted(false);
          void registration.onBlur(event);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t`Products for item ${index + 1}`} className="product-options" hidden={!expanded}>
        {matches.map((product, option) => (
          <li
            key={product.id}
            id={optionId(option)}
            role="option"
            aria-selected={option === active}
            className={option === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(product);
            }}
          >
            <span>{product.title}</span>
            <span className="muted">
              {formatMoney(product.unit_price.value, currency, userLocale())}
              {product.unit ? ` / ${product.unit}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <FieldError name={name} message={error} />
    </div>
  );
}
