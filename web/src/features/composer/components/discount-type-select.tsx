import { Trans } from '@lingui/react/macro';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** None / Percent / Amount: the same choice for an item and for the whole invoice. */
export function DiscountTypeSelect({
  id,
  label,
  currency,
  registration,
}: {
  id: string;
  label: string;
  currency: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...registration}>
        <option value="">
          <Trans>None</Trans>
        </option>
        <option value="percentage">
          <Trans>Percent</Trans>
        </option>
        <option value="absolute">
          <Trans>Amount ({currency})</Trans>
        </option>
      </select>
    </div>
  );
}
