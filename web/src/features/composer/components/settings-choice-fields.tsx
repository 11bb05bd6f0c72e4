import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import { useComposerForm } from '../form/composer-form.tsx';

/** Qonto's `transaction_type` values with the words shown for them. */
export const transactionTypeLabels: Record<string, MessageDescriptor> = {
  goods: msg`Goods`,
  services: msg`Services`,
  goods_and_services: msg`Goods and services`,
};

const vatPaymentLabels: Record<string, MessageDescriptor> = {
  on_receipts: msg`On receipts (sur les encaissements)`,
  compensated_for_sales: msg`On debits (option pour les débits)`,
};

/** One select of the invoice's settings; `emptyOption` says what leaving it unset means where it is asked. */
function SettingsSelect({
  name,
  label,
  emptyOption,
  options,
}: {
  name: 'transaction_type' | 'vat_payment_condition';
  label: string;
  emptyOption: string;
  options: Record<string, MessageDescriptor>;
}) {
  const { t } = useLingui();
  const { register } = useComposerForm();
  const id = `field-settings-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...register(`settings.${name}`)}>
        <option value="">{emptyOption}</option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {t(text)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TransactionTypeField({ label, emptyOption }: { label: string; emptyOption: string }) {
  return <SettingsSelect name="transaction_type" label={label} emptyOption={emptyOption} options={transactionTypeLabels} />;
}

export function VatPaymentField({ label, emptyOption }: { label: string; emptyOption: string }) {
  return <SettingsSelect name="vat_payment_condition" label={label} emptyOption={emptyOption} options={vatPaymentLabels} />;
}
