import { computeInvoiceTotals, decimal, type ClientInvoiceCreatePayload } from '@composer/shared';
import type { Invoice } from '@e-invoice-eu/core';

type Json = Record<string, unknown>;

/** UN/ECE Recommendation 20 codes for Qonto's units; anything else is a unit ("one", C62). */
const unitCodes: Record<string, string> = {
  hour: 'HUR',
  day: 'DAY',
  week: 'WEE',
  month: 'MON',
  year: 'ANN',
  kilogram: 'KGM',
  kg: 'KGM',
  gram: 'GRM',
  g: 'GRM',
  litre: 'LTR',
  liter: 'LTR',
  l: 'LTR',
  meter: 'MTR',
  metre: 'MTR',
  m: 'MTR',
  square_meter: 'MTK',
  m2: 'MTK',
  cubic_meter: 'MTQ',
  m3: 'MTQ',
  kilometer: 'KMT',
  km: 'KMT',
  minute: 'MIN',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** VAT category (UNTDID 5305): standard rate, or zero-rated at 0 % (no exemption reason needed). */
function category(rate: string): Json {
  const zero = decimal(rate).eq(0);
  return { 'cbc:ID': zero ? 'Z' : 'S', 'cbc:Percent': decimal(rate).times(100).toFixed(2), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } };
}

function address(street: unknown, city: unknown, zip: unknown, country: unknown): Json {
  return {
    ...(text(street) ? { 'cbc:StreetName': street } : {}),
    ...(text(city) ? { 'cbc:CityName': city } : {}),
    ...(text(zip) ? { 'cbc:PostalZone': zip } : {}),
    'cac:Country': { 'cbc:IdentificationCode': text(country) ?? 'FR' },
  };
}

const isSiren = (value: string | undefined) => value !== undefined && /^\d{9}$/.test(value);

/**
 * A finalized invoice in e-invoice-eu's internal (UBL-shaped) format, figures from the one shared totals
 * implementation, so the embedded XML says exactly what the invoice says.
 */
export function ublInvoiceData(record: Json, payload: ClientInvoiceCreatePayload): Invoice {
  const currency = payload.currency;
  const totals = computeInvoiceTotals(payload);
  const organization = (record.organization ?? {}) as Json;
  const client = (record.client ?? {}) as Json;
  const clientName = text(client.name) ?? ([text(client.first_name), text(client.last_name)].filter(Boolean).join(' ') || 'Client');
  const sellerSiren = text(organization.legal_number)?.slice(0, 9);
  const buyerId = text(client.tax_identification_number);
  const buyerVat = text(client.vat_number);
  const iban = ((record.payment_methods as Json[] | undefined)?.[0]?.iban as string | undefined) ?? payload.payment_methods.iban;
  const money = (value: string) => decimal(value).toFixed(2);

  // Document-level allowance (the global discount), split by VAT rate as EN 16931 requires (BR-32).
  const allowanceByRate = new Map<string, string>();
  payload.items.forEach((item, i) => {
    const share = totals.items[i]!.globalDiscountShare.value;
    if (decimal(share).gt(0))
      allowanceByRate.set(
        item.vat_rate,
        decimal(allowanceByRate.get(item.vat_rate) ?? '0')
          .plus(share)
          .toFixed(2),
      );
  });
  const lineNets = payload.items.map((_, i) => decimal(totals.items[i]!.subtotal.value).minus(totals.items[i]!.discount.value));
  const lineNetSum = lineNets.reduce((sum, net) => sum.plus(net), decimal(0));

  const performanceStart = text(payload.performance_start_date ?? payload.performance_date);
  const performanceEnd = text(payload.performance_end_date);
  const notes = [
    text(record.header),
    text(record.terms_and_conditions),
    text(record.late_payment_penalties),
    text(record.legal_fixed_compensation),
  ]
    .filter((note): note is string => note !== undefined)
    .slice(0, 4);

  const invoice: Json = {
    'cbc:ID': record.number,
    'cbc:IssueDate': payload.issue_date,
    'cbc:DueDate': payload.due_date,
    'cbc:InvoiceTypeCode': '380',
    // One note: e-invoice-eu puts several into one IncludedNote, which the Factur-X XSD refuses.
    ...(notes.length > 0 ? { 'cbc:Note': [notes.join('\n\n')] } : {}),
    'cbc:DocumentCurrencyCode': currency,
    'cbc:BuyerReference': text(payload.purchase_order) ?? String(record.number),
    ...(text(payload.purchase_order) ? { 'cac:OrderReference': { 'cbc:ID': payload.purchase_order } } : {}),
    'cac:AccountingSupplierParty': {
      'cac:Party': {
        ...(isSiren(sellerSiren) ? { 'cbc:EndpointID': sellerSiren, 'cbc:EndpointID@schemeID': '0002' } : {}),
        'cac:PostalAddress': address(
          organization.address_line_1,
          organization.address_city,
          organization.address_zipcode,
          organization.address_country,
        ),
        ...(text(organization.vat_number)
          ? { 'cac:PartyTaxScheme': [{ 'cbc:CompanyID': organization.vat_number, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }] }
          : {}),
        'cac:PartyLegalEntity': {
          'cbc:RegistrationName': text(organization.legal_name) ?? 'Seller',
          ...(isSiren(sellerSiren) ? { 'cbc:CompanyID': sellerSiren, 'cbc:CompanyID@schemeID': '0002' } : {}),
        },
        ...(text(record.contact_email) ? { 'cac:Contact': { 'cbc:ElectronicMail': record.contact_email } } : {}),
      },
    },
    'cac:AccountingCustomerParty': {
      'cac:Party': {
        'cac:PostalAddress': address(client.address, client.city, client.zip_code, client.country_code),
        ...(buyerVat ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': buyerVat, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } } : {}),
        'cac:PartyLegalEntity': {
          'cbc:RegistrationName': clientName,
          ...(isSiren(buyerId?.slice(0, 9)) && client.country_code === 'FR'
            ? { 'cbc:CompanyID': buyerId!.slice(0, 9), 'cbc:CompanyID@schemeID': '0002' }
            : {}),
        },
        ...(text(client.email) ? { 'cac:Contact': { 'cbc:ElectronicMail': client.email } } : {}),
      },
    },
    ...(performanceStart && performanceEnd
      ? { 'cac:InvoicePeriod': { 'cbc:StartDate': performanceStart, 'cbc:EndDate': performanceEnd } }
      : {}),
    // BT-72; without a performance date, the operation took place on the issue date (as French law reads it).
    'cac:Delivery': { 'cbc:ActualDeliveryDate': performanceEnd ?? performanceStart ?? payload.issue_date },
    'cac:PaymentMeans': [
      {
        'cbc:PaymentMeansCode': '58',
        'cbc:PaymentID': String(record.number),
        'cac:PayeeFinancialAccount': { 'cbc:ID': iban.replace(/\s+/g, '') },
      },
    ],
    ...(allowanceByRate.size > 0
      ? {
          'cac:AllowanceCharge': [...allowanceByRate].map(([rate, amount]) => ({
            'cbc:ChargeIndicator': 'false',
            'cbc:AllowanceChargeReason': 'Discount',
            'cbc:Amount': amount,
            'cbc:Amount@currencyID': currency,
            'cac:TaxCategory': category(rate),
          })),
        }
      : {}),
    'cac:TaxTotal': [
      {
        'cbc:TaxAmount': totals.vat.value,
        'cbc:TaxAmount@currencyID': currency,
        'cac:TaxSubtotal': totals.vatByRate.map((group) => ({
          'cbc:TaxableAmount': group.taxable.value,
          'cbc:TaxableAmount@currencyID': currency,
          'cbc:TaxAmount': group.vat.value,
          'cbc:TaxAmount@currencyID': currency,
          'cac:TaxCategory': category(group.rate),
        })),
      },
    ],
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': money(lineNetSum.toFixed(2)),
      'cbc:LineExtensionAmount@currencyID': currency,
      'cbc:TaxExclusiveAmount': totals.taxable.value,
      'cbc:TaxExclusiveAmount@currencyID': currency,
      'cbc:TaxInclusiveAmount': decimal(totals.taxable.value).plus(totals.vat.value).toFixed(2),
      'cbc:TaxInclusiveAmount@currencyID': currency,
      ...(allowanceByRate.size > 0
        ? { 'cbc:AllowanceTotalAmount': totals.globalDiscount.value, 'cbc:AllowanceTotalAmount@currencyID': currency }
        : {}),
      'cbc:PayableAmount': totals.total.value,
      'cbc:PayableAmount@currencyID': currency,
    },
    'cac:InvoiceLine': payload.items.map((item, i) => {
      const line = totals.items[i]!;
      const lineDiscount = decimal(line.discount.value);
      return {
        'cbc:ID': String(i + 1),
        'cbc:InvoicedQuantity': item.quantity,
        'cbc:InvoicedQuantity@unitCode': unitCodes[item.unit?.toLowerCase() ?? ''] ?? 'C62',
        'cbc:LineExtensionAmount': lineNets[i]!.toFixed(2),
        'cbc:LineExtensionAmount@currencyID': currency,
        ...(lineDiscount.gt(0)
          ? {
              'cac:AllowanceCharge': [
                {
                  'cbc:ChargeIndicator': 'false',
                  'cbc:AllowanceChargeReason': 'Discount',
                  'cbc:Amount': lineDiscount.toFixed(2),
                  'cbc:Amount@currencyID': currency,
                },
              ],
            }
          : {}),
        'cac:Item': {
          ...(text(item.description) ? { 'cbc:Description': item.description } : {}),
          'cbc:Name': item.title,
          'cac:ClassifiedTaxCategory': category(item.vat_rate),
        },
        'cac:Price': { 'cbc:PriceAmount': item.unit_price.value, 'cbc:PriceAmount@currencyID': currency },
      };
    }),
  };
  return { 'ubl:Invoice': invoice } as unknown as Invoice;
}
