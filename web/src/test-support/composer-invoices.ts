import { computeInvoiceTotals, type InvoiceTotals } from '@composer/shared/money/invoice-totals';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import { emptyComposer, type ComposerValues } from '../features/composer/model/composer-values.ts';
import { readComposer, type ReadingContext } from '../features/composer/model/read-composer.ts';

/** A French organization's composer, invoicing in euros. */
export const frenchReading: ReadingContext = {
  locale: 'fr-FR',
  profile: organizationProfile({ legal_country: 'FR', legal_form: 'SAS' } as never),
  currency: 'EUR',
};

/** The composer's values for an invoice of `lines` lines, typed as a French user types them, at two VAT rates. */
export function invoiceOfLines(lines: number): ComposerValues {
  const values = emptyComposer({ iban: 'FR7616958000012345678901234', vatRate: '20' });
  values.items = Array.from({ length: lines }, (_, i) => ({
    ...values.items[0]!,
    title: `Line ${i + 1}`,
    quantity: String((i % 7) + 1),
    unit_price: `${100 + i},50`,
    vat_rate: i % 3 === 0 ? '5,5' : '20',
  }));
  return values;
}

/** The reference the incremental totals are held to: the whole form read and totalled from scratch. */
export const totalsFromScratch = (values: ComposerValues, context: ReadingContext = frenchReading): InvoiceTotals =>
  computeInvoiceTotals(readComposer(values, context).totalsInput);
