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

export interface ReformMention {
  code: ReformMentionCode;
  satisfied: boolean;
  /** What the invoice says, or what is missing and how to fix it. */
  message: string;
}

/** Each of the four mentions for a B2B invoice of a French organization: satisfied or what to do. */
export function frenchReformMentions(input: ReformMentionInput): ReformMention[] {
  const mentions: ReformMention[] = [];
  const client = input.client;
  const business = client !== null && client.kind !== 'individual';
  if (business && client.countryCode !== null && client.countryCode !== 'FR' && euCountries.has(client.countryCode)) {
    mentions.push(
      client.vatNumber
        ? { code: 'client_eu_vat_number', satisfied: true, message: `The client's EU VAT number ${client.vatNumber} is printed.` }
        : { code: 'client_eu_vat_number', satisfied: false, message: "Add the client's EU VAT number to the client." },
    );
  } else if (business && client.countryCode === 'FR') {
    const id = client.taxIdentificationNumber;
    mentions.push(
      id === null
        ? { code: 'client_siren', satisfied: false, message: "Add the client's SIREN (or SIRET) to the client." }
        : isValidSirenOrSiret(id)
          ? { code: 'client_siren', satisfied: true, message: `The client's SIREN/SIRET ${id} is printed.` }
          : {
              code: 'client_siren',
              satisfied: false,
              message: `The client's SIREN/SIRET ${id} is not valid (its check key fails): correct it on the client.`,
            },
    );
  }
  mentions.push(
    client?.hasDeliveryAddress
      ? { code: 'delivery_address', satisfied: true, message: "The client's delivery address is printed." }
      : {
          code: 'delivery_address',
          satisfied: true,
          message: 'Delivered to the billing address (the client has no other delivery address).',
        },
  );
  mentions.push(
    input.transactionType
      ? {
          code: 'operation_category',
          satisfied: true,
          message: `Category of the operation: ${input.transactionType.replaceAll('_', ' ')}.`,
        }
      : {
          code: 'operation_category',
          satisfied: false,
          message: "Choose the category of the operation (goods, services or both): the lines' units do not tell.",
        },
  );
  mentions.push(
    input.vatPaymentCondition
      ? {
          code: 'vat_on_debits',
          satisfied: true,
          message:
            input.vatPaymentCondition === 'compensated_for_sales' ? 'VAT is paid on debits (stated).' : 'VAT is paid on receipts (stated).',
        }
      : { code: 'vat_on_debits', satisfied: false, message: 'Say whether VAT is paid on receipts or on debits.' },
  );
  return mentions;
}
