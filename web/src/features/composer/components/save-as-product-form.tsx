import { Trans, useLingui } from '@lingui/react/macro';
import type { ProductCreatePayload } from '@composer/shared/schemas/product';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { useCreateProduct } from '../api/products.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { productFromLine } from '../model/product-lines.ts';

/** Mounted only while asked, so a long invoice does not hold a mutation per line. */
export function SaveAsProductForm({
  index,
  onMessage,
  onDone,
  onCancel,
}: {
  index: number;
  onMessage: (message: string) => void;
  onDone: (title: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useLingui();
  const line = index + 1;
  const { getValues } = useComposerForm();
  const { locale } = useComposerSettings();
  const createProduct = useCreateProduct();
  const [type, setType] = useState<ProductCreatePayload['type']>('service');
  const typeId = useId();
  const save = () => {
    const outcome = productFromLine(getValues(`items.${index}`), locale, type);
    if ('missing' in outcome) {
      const names = { title: t`title`, unit_price: t`unit price`, vat_rate: t`VAT rate` };
      const fields = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(outcome.missing.map((field) => names[field]));
      return onMessage(t`Complete the line's ${fields} first.`);
    }
    createProduct.mutate(outcome.product, { onSuccess: (product) => onDone(product.title) });
  };
  return (
    <span className="save-as-product">
      <label htmlFor={typeId}>
        <Trans>Product type</Trans>
      </label>
      <select id={typeId} value={type} onChange={(event) => setType(event.target.value as ProductCreatePayload['type'])}>
        <option value="service">
          <Trans>Service</Trans>
        </option>
        <option value="good">
          <Trans>Good</Trans>
        </option>
      </select>
      <button type="button" onClick={save} disabled={createProduct.isPending}>
        <Trans>
          Save product<span className="visually-hidden"> from item {line}</span>
        </Trans>
      </button>
      <button type="button" onClick={onCancel}>
        <Trans>
          Cancel<span className="visually-hidden"> saving item {line}</span>
        </Trans>
      </button>
      {createProduct.isError && <ErrorMessage error={createProduct.error} title={t`The product could not be saved.`} />}
    </span>
  );
}
