/** ISO 4217 codes Qonto accepts for an invoice's currency. */
export const invoiceCurrencies = [
  'EUR',
  'AED',
  'AUD',
  'BGN',
  'CAD',
  'CHF',
  'CNY',
  'CZK',
  'DKK',
  'GBP',
  'GHS',
  'HKD',
  'HUF',
  'ILS',
  'MXN',
  'NOK',
  'NZD',
  'PEN',
  'PLN',
  'RON',
  'RSD',
  'SAR',
  'SEK',
  'SGD',
  'TRY',
  'USD',
  'ZAR',
  'ZMW',
] as const;

export type InvoiceCurrency = (typeof invoiceCurrencies)[number];

/** The only currency the reference allows for an item's `unit_price` ("Currently, only value allowed is EUR"). */
export const itemCurrency = 'EUR';
