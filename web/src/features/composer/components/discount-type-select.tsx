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
        <option value="">None</option>
        <option value="percentage">Percent</option>
        <option value="absolute">Amount ({currency})</option>
      </select>
    </div>
  );
}
