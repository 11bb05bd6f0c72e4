import { Trans, useLingui } from '@lingui/react/macro';
import { invoiceCurrencies } from '@composer/shared/constants/currencies';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';
import { TransactionTypeField, VatPaymentField } from './settings-choice-fields.tsx';
import { TextField } from './text-field.tsx';

/** Every InvoiceSettingsOverride field: this invoice only, the organization's settings untouched. */
/** The category and VAT payment are asked in the reform section instead for French organizations. */
export function SettingsOverridesSection() {
  const { t } = useLingui();
  const { register } = useComposerForm();
  const { reformMentions } = useComposerSettings().profile;
  const field = (name: keyof ComposerValues['settings'], label: string, multiline = false) => (
    <TextField name={`settings.${name}`} label={label} multiline={multiline} />
  );
  return (
    <details className="section">
      <summary>
        <Trans>Legal mentions for this invoice only</Trans>
      </summary>
      <div className="grid-2">
        {field('vat_number', t`VAT number`)}
        {field('tax_number', t`Tax number`)}
        {field('company_leadership', t`Company leadership`)}
        {field('district_court', t`District court`)}
        {field('commercial_register_number', t`Commercial register number`)}
        {field('legal_capital_share_value', t`Share capital`)}
        <div className="field">
          <label htmlFor="field-settings-legal_capital_share_currency">
            <Trans>Share capital currency</Trans>
          </label>
          <select id="field-settings-legal_capital_share_currency" {...register('settings.legal_capital_share_currency')}>
            {invoiceCurrencies.map((currency) => (
              <option key={currency}>{currency}</option>
            ))}
          </select>
        </div>
        {!reformMentions && (
          <>
            <TransactionTypeField label={t`Transaction type`} emptyOption={t`Organization default`} />
            <VatPaymentField label={t`VAT payment condition`} emptyOption={t`Organization default`} />
          </>
        )}
        {field('discount_conditions', t`Early payment discount conditions`, true)}
        {field('late_payment_penalties', t`Late payment penalties`, true)}
        {field('legal_fixed_compensation', t`Fixed recovery compensation`, true)}
      </div>
    </details>
  );
}
