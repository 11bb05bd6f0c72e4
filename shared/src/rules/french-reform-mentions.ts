/**
 * The French e-invoicing reform's four mandatory B2B mentions: the client's SIREN (SIRET accepted; EU VAT
 * number for EU clients), the delivery address when it differs, the category of the operation
 * (`settings.transaction_type`) and the VAT-on-debits option (`settings.vat_payment_condition`).
 */

const euCountries = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

/** The Luhn checksum SIREN (9 digits) and SIRET (14 digits) numbers carry. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A SIREN (9 digits) or SIRET (14 digits) whose check key holds; spaces are ignored. */
export function isValidSirenOrSiret(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  return /^(\d{9}|\d{14})$/.test(digits) && luhnValid(digits);
}

const serviceUnits = new Set(['hour', 'day', 'month', 'minute', 'second', 'week', 'two_week', 'quarter', 'half_year', 'year']);
const goodsUnits = new Set([
  'gram',
  'kilogram',
  'milligram',
  'ton',
  'liter',
  'milliliter',
  'meter',
  'centimeter',
  'millimeter',
  'square_meter',
  'cubic_meter',
  'pair',
  'set',
  'number_of_articles',
]);

export type OperationCategory = 'goods' | 'services' | 'goods_and_services';

/** The category the lines' units suggest (time → services, measures and articles → goods); undefined when they say nothing. */
export function operationCategoryFromUnits(units: readonly string[]): OperationCategory | undefined {
  const goods = units.some((unit) => goodsUnits.has(unit));
  const services = units.some((unit) => serviceUnits.has(unit));
  if (goods && services) return 'goods_and_services';
  if (goods) return 'goods';
  if (services) return 'services';
  return undefined;
}

export interface ReformMentionInput {
  client: {
    kind: string;
    countryCode: string | null;
    taxIdentificationNumber: string | null;
    vatNumber: string | null;
    hasDeliveryAddress: boolean;
  } | null;
  /** The category chosen on the invoice, or suggested by its lines. */
  transactionType: string | undefined;
  vatPaymentCondition: string | undefined;
}

export type ReformMentionCode = 'client_siren' | 'client_eu_vat_number' | 'delivery_address' | 'operation_category' | 'vat_on_debits';

/**
 * What the invoice says for a mention, as a code the app words in the user's language: `printed` (with
 * the identifier in `value`), `missing`, `invalid` (the SIREN whose key fails), `billing_address`,
 * `stated` (the category in `value`), `on_debits` or `on_receipts`.
 */
export type ReformFinding = 'printed' | 'missing' | 'invalid' | 'billing_address' | 'stated' | 'on_debits' | 'on_receipts';

export interface ReformMention {
  code: ReformMentionCode;
  satisfied: boolean;
  finding: ReformFinding;
  value?: string;
}

/** Each of the four mentions for a B2B invoice of a French organization: satisfied or what to do. */
export function frenchReformMentions(input: ReformMentionInput): ReformMention[] {
  const mentions: ReformMention[] = [];
  const client = input.client;
  const business = client !== null && client.kind !== 'individual';
  if (business && client.countryCode !== null && client.countryCode !== 'FR' && euCountries.has(client.countryCode)) {
    mentions.push(
      client.vatNumber
        ? { code: 'client_eu_vat_number', satisfied: true, finding: 'printed', value: client.vatNumber }
        : { code: 'client_eu_vat_number', satisfied: false, finding: 'missing' },
    );
  } else if (business && client.countryCode === 'FR') {
    const id = client.taxIdentificationNumber;
    const valid = id !== null && isValidSirenOrSiret(id);
    mentions.push(
      id === null
        ? { code: 'client_siren', satisfied: false, finding: 'missing' }
        : { code: 'client_siren', satisfied: valid, finding: valid ? 'printed' : 'invalid', value: id },
    );
  }
  mentions.push({ code: 'delivery_address', satisfied: true, finding: client?.hasDeliveryAddress ? 'printed' : 'billing_address' });
  mentions.push(
    input.transactionType
      ? { code: 'operation_category', satisfied: true, finding: 'stated', value: input.transactionType }
      : { code: 'operation_category', satisfied: false, finding: 'missing' },
  );
  mentions.push(
    input.vatPaymentCondition
      ? {
          code: 'vat_on_debits',
          satisfied: true,
          finding: input.vatPaymentCondition === 'compensated_for_sales' ? 'on_debits' : 'on_receipts',
        }
      : { code: 'vat_on_debits', satisfied: false, finding: 'missing' },
  );
  return mentions;
}
