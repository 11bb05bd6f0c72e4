import type { UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextInput } from './text-field.tsx';

interface Props {
  register: UseFormRegister<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  index: number;
  currency: string;
  error: string | undefined;
}

export function ItemDiscountField({ register, getValues, index, currency, error }: Props) {
  const type = getValues(`items.${index}.discount_type`);
  return (
    <>
      <DiscountTypeSelect
        id={`field-items-${index}-discount_type`}
        label="Discount"
        currency={currency}
        registration={register(`items.${index}.discount_type`)}
      />
      {type && (
        <TextInput
          register={register}
          name={`items.${index}.discount_value`}
          label={type === 'percentage' ? 'Discount (%)' : `Discount (${currency})`}
          inputMode="decimal"
          className="narrow"
          error={error}
        />
      )}
    </>
  );
}
