import { useLingui } from '@lingui/react/macro';
import { useState, type ChangeEvent } from 'react';
import { useCombobox } from '../../../lib/use-combobox.ts';
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
  const [wanted, setWanted] = useState(false);
  const combobox = useCombobox();
  const catalogue = useProductCatalogue(wanted);
  const matches = combobox.open && catalogue.data ? searchProducts(catalogue.data, typed) : [];
  const expanded = matches.length > 0;
  const name = `items.${index}.title` as const;
  const id = `field-items-${index}-title`;
  const { onChange: _validatingChange, ...registration } = register(name);

  const pick = (option: number) => {
    const product = matches[option];
    if (!product) return;
    for (const [field, value] of Object.entries(lineFromProduct(product, locale))) {
      writeTyped(`items.${index}.${field}` as `items.${number}.title`, value);
    }
    changes.emit(`items.${index}`);
    combobox.setOpen(false);
    onFilled();
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    writeTyped(name, event.target.value);
    setTyped(event.target.value);
    combobox.typed();
    setWanted(true);
  };

  return (
    <div className="field wide product-title">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        {...combobox.inputProps(expanded)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={errorId(name)}
        {...registration}
        onChange={onChange}
        onFocus={() => setWanted(true)}
        onBlur={(event) => {
          combobox.setOpen(false);
          setWanted(false);
          void registration.onBlur(event);
        }}
        onKeyDown={(event) => combobox.onKeyDown(event, matches.length, pick)}
      />
      <ul id={combobox.listId} role="listbox" aria-label={t`Products for item ${index + 1}`} className="product-options" hidden={!expanded}>
        {matches.map((product, option) => (
          <li key={product.id} {...combobox.optionProps(option, pick)}>
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
