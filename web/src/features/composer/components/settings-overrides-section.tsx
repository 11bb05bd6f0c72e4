import { invoiceCurrencies } from '@composer/shared';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';
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
            <div className="field">
              <label htmlFor="field-settings-transaction_type">Transaction type</label>
              <select id="field-settings-transaction_type" {...register('settings.transaction_type')}>
                <option value="">Organization default</option>
                <option value="goods">Goods</option>
                <option value="services">Services</option>
                <option value="goods_and_services">Goods and services</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="field-settings-vat_payment_condition">VAT payment condition</label>
              <select id="field-settings-vat_payment_condition" {...register('settings.vat_payment_condition')}>
                <option value="">Organization default</option>
                <option value="on_receipts">On receipts (sur les encaissements)</option>
                <option value="compensated_for_sales">On invoicing (sur les débits)</option>
              </select>
            </div>
          </>
        )}
        {field('discount_conditions', 'Early payment discount conditions', true)}
        {field('late_payment_penalties', 'Late payment penalties', true)}
        {field('legal_fixed_compensation', 'Fixed recovery compensation', true)}
      </div>
    </details>
  );
}
