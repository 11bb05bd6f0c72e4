import { invoiceCurrencies } from '@composer/shared';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';
import { TransactionTypeField, VatPaymentField } from './settings-choice-fields.tsx';
import { TextField } from './text-field.tsx';

/** Every InvoiceSettingsOverride field: this invoice only, the organization's settings untouched. */
/** The category and VAT payment are asked in the reform section instead for French organizations. */
export function SettingsOverridesSection() {
  const { register } = useComposerForm();
  const { reformMentions } = useComposerSettings().profile;
  const field = (name: keyof ComposerValues['settings'], label: string, multiline = false) => (
    <TextField name={`settings.${name}`} label={label} multiline={multiline} />
  );
  return (
    <details className="section">
      <summary>Legal mentions for this invoice only</summary>
      <div className="grid-2">
        {field('vat_number', 'VAT number')}
        {field('tax_number', 'Tax number')}
        {field('company_leadership', 'Company leadership')}
        {field('district_court', 'District court')}
        {field('commercial_register_number', 'Commercial register number')}
        {field('legal_capital_share_value', 'Share capital')}
        <div className="field">
          <label htmlFor="field-settings-legal_capital_share_currency">Share capital currency</label>
          <select id="field-settings-legal_capital_share_currency" {...register('settings.legal_capital_share_currency')}>
            {invoiceCurrencies.map((currency) => (
              <option key={currency}>{currency}</option>
            ))}
          </select>
        </div>
        {!reformMentions && (
          <>
            <TransactionTypeField label="Transaction type" emptyOption="Organization default" />
            <VatPaymentField label="VAT payment condition" emptyOption="Organization default" />
          </>
        )}
        {field('discount_conditions', 'Early payment discount conditions', true)}
        {field('late_payment_penalties', 'Late payment penalties', true)}
        {field('legal_fixed_compensation', 'Fixed recovery compensation', true)}
      </div>
    </details>
  );
}
