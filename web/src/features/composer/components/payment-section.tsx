import { Trans, useLingui } from '@lingui/react/macro';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { errorId, FieldError, useFieldError } from './field-error.tsx';

/** The organization's Qonto accounts, main one first: the only IBANs Qonto accepts on an invoice. */
export function PaymentSection() {
  const { t } = useLingui();
  const { register } = useComposerForm();
  const accounts = useComposerSettings().organization.bank_accounts;
  const error = useFieldError('iban');
  const sorted = [...accounts].sort((a, b) => Number(b.main ?? false) - Number(a.main ?? false));
  return (
    <fieldset className="section">
      <legend>
        <Trans>Payment</Trans>
      </legend>
      <div className="field">
        <label htmlFor="field-iban">
          <Trans>Pay to (IBAN)</Trans>
        </label>
        <select id="field-iban" aria-invalid={error !== undefined || undefined} aria-describedby={errorId('iban')} {...register('iban')}>
          {sorted.map((account) => (
            <option key={account.id} value={account.iban}>
              {account.name ?? t`Account`} — {account.iban}
              {account.main ? ' (main)' : ''}
            </option>
          ))}
        </select>
        <FieldError name="iban" message={error} />
      </div>
    </fieldset>
  );
}
