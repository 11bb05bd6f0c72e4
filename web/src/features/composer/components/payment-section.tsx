import type { BankAccount } from '@composer/shared';
import type { Control, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { errorId, FieldError } from './field-error.tsx';

/** The organization's Qonto accounts, main one first: the only IBANs Qonto accepts on an invoice. */
export function PaymentSection({ control, register, accounts }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues>; accounts: BankAccount[] }) {
  const sorted = [...accounts].sort((a, b) => Number(b.main ?? false) - Number(a.main ?? false));
  return (
    <fieldset className="section">
      <legend>Payment</legend>
      <div className="field">
        <label htmlFor="field-iban">Pay to (IBAN)</label>
        <select id="field-iban" aria-describedby={errorId('iban')} {...register('iban')}>
          {sorted.map((account) => (
            <option key={account.id} value={account.iban}>
              {account.name ?? 'Account'} — {account.iban}
              {account.main ? ' (main)' : ''}
            </option>
          ))}
        </select>
        <FieldError control={control} name="iban" />
      </div>
    </fieldset>
  );
}
