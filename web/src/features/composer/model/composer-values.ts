import { dueDateFor } from './due-date-presets.ts';

/** What the composer form holds: text as the user typed it (locale decimals, percentages). */
export interface ItemValues {
  title: string;
  description: string;
  quantity: string;
  unit: string;
  unit_price: string;
  /** Percent, as typed: "20" or "5,5". */
  vat_rate: string;
  vat_exemption_reason: string;
  discount_type: '' | 'percentage' | 'absolute';
  discount_value: string;
}

export interface ComposerValues {
  client_id: string;
  issue_date: string;
  due_preset: string;
  due_date: string;
  performance_start_date: string;
  performance_end_date: string;
  number: string;
  purchase_order: string;
  header: string;
  footer: string;
  terms_and_conditions: string;
  iban: string;
  upload_id: string;
  items: ItemValues[];
  discount_type: '' | 'percentage' | 'absolute';
  discount_value: string;
  settings: {
    vat_number: string;
    company_leadership: string;
    district_court: string;
    commercial_register_number: string;
    tax_number: string;
    legal_capital_share_value: string;
    legal_capital_share_currency: string;
    transaction_type: string;
    vat_payment_condition: string;
    discount_conditions: string;
    late_payment_penalties: string;
    legal_fixed_compensation: string;
  };
  italy: {
    report_einvoicing: boolean;
    payment_conditions: string;
    payment_method: string;
    welfare_type: string;
    welfare_rate: string;
    withholding_reason: string;
    withholding_rate: string;
    withholding_payment_reason: string;
    stamp_duty_amount: string;
  };
  spain: { withholding_rate: string };
}

export function emptyItem(): ItemValues {
  return {
    title: '',
    description: '',
    quantity: '1',
    unit: '',
    unit_price: '',
    vat_rate: '',
    vat_exemption_reason: '',
    discount_type: '',
    discount_value: '',
  };
}

import { todayIso } from '../../../lib/calendar-date.ts';

export { todayIso };

/** A fresh form, complete from its first render: the due date already follows the default term. */
export function emptyComposer(defaults: { iban: string; vatRate: string; today?: string }): ComposerValues {
  const today = defaults.today ?? todayIso();
  return {
    client_id: '',
    issue_date: today,
    due_preset: '30',
    due_date: dueDateFor('30', today) ?? '',
    performance_start_date: '',
    performance_end_date: '',
    number: '',
    purchase_order: '',
    header: '',
    footer: '',
    terms_and_conditions: '',
    iban: defaults.iban,
    upload_id: '',
    items: [{ ...emptyItem(), vat_rate: defaults.vatRate }],
    discount_type: '',
    discount_value: '',
    settings: {
      vat_number: '',
      company_leadership: '',
      district_court: '',
      commercial_register_number: '',
      tax_number: '',
      legal_capital_share_value: '',
      legal_capital_share_currency: 'EUR',
      transaction_type: '',
      vat_payment_condition: '',
      discount_conditions: '',
      late_payment_penalties: '',
      legal_fixed_compensation: '',
    },
    italy: {
      report_einvoicing: true,
      payment_conditions: '',
      payment_method: '',
      welfare_type: '',
      welfare_rate: '',
      withholding_reason: '',
      withholding_rate: '',
      withholding_payment_reason: '',
      stamp_duty_amount: '',
    },
    spain: { withholding_rate: '' },
  };
}
