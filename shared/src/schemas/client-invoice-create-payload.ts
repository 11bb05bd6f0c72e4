import { z } from 'zod';
import { invoiceCurrencies, itemCurrency } from '../constants/currencies.ts';
import { paymentConditions, paymentMethodCodes, welfareFundTypes, withholdingTaxReasons } from '../constants/italian-codes.ts';
import { decimal, parseDecimal } from '../money/decimal.ts';
import { computeInvoiceTotals, totalsExceedExactCents, type TotalsInput } from '../money/invoice-totals.ts';
import { type DocumentItemPayload, documentItemPayloadSchema } from './document-item-payload.ts';
import { alwaysCheck, decimalString, discountSchema, isoDate, rateString, type RuleParams } from './field-formats.ts';
import { invoiceSettingsOverrideSchema } from './invoice-settings-override.ts';

/** A block whose rate did not parse counts as absent for the totals (its own issue is reported on it). */
function parsedOrUndefined<T extends { rate: string }>(block: T | undefined): T | undefined {
  return block !== undefined && parseDecimal(block.rate) ? block : undefined;
}

function isWellFormedItem(item: unknown): item is DocumentItemPayload {
  return documentItemPayloadSchema.safeParse(item).success;
}

/** Rates Qonto writes with at least two decimals ("0.04"), 4 to 6 characters long. */
const fixedWidthRate = rateString.min(4).max(6);

export const clientInvoiceCreatePayloadSchema = z
  .strictObject({
    client_id: z.uuid({ message: 'must be a UUID' }),
    upload_id: z.uuid({ message: 'must be a UUID' }).optional(),
    issue_date: isoDate,
    performance_date: isoDate.optional(),
    performance_start_date: isoDate.optional(),
    performance_end_date: isoDate.optional(),
    due_date: isoDate,
    status: z.enum(['draft', 'unpaid']).optional(),
    number: z.string().min(1).max(40).optional(),
    purchase_order: z.string().max(40).optional(),
    terms_and_conditions: z.string().max(525).optional(),
    header: z.string().optional(),
    footer: z.string().optional(),
    currency: z.enum(invoiceCurrencies),
    payment_methods: z.strictObject({ iban: z.string() }),
    settings: invoiceSettingsOverrideSchema.optional(),
    items: z.array(documentItemPayloadSchema).min(1, { message: 'an invoice needs at least one item' }),
    report_einvoicing: z.boolean().optional(),
    payment_reporting: z.strictObject({ conditions: z.enum(paymentConditions), method: z.enum(paymentMethodCodes) }).optional(),
    welfare_fund: z.strictObject({ type: z.enum(welfareFundTypes), rate: fixedWidthRate }).optional(),
    withholding_tax: z
      .strictObject({
        reason: z.enum(withholdingTaxReasons).optional(),
        rate: fixedWidthRate,
        payment_reason: z.string().min(1).max(2).optional(),
      })
      .optional(),
    stamp_duty_amount: decimalString.min(4).max(15).optional(),
    discount: discountSchema.optional(),
  })
  .superRefine((invoice, ctx) => {
    if (typeof invoice !== 'object' || invoice === null) return;
    if (typeof invoice.due_date === 'string' && typeof invoice.issue_date === 'string' && invoice.due_date < invoice.issue_date) {
      ctx.addIssue({
        code: 'custom',
        path: ['due_date'],
        message: '`due_date` should be greater or equal than `issue_date`.',
        params: { validationParam: 'IssueDate' } satisfies RuleParams,
      });
    }
    if (invoice.performance_end_date !== undefined && invoice.performance_start_date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['performance_start_date'],
        message: '`performance_start_date` is required when `performance_end_date` is given.',
        params: { code: 'missing_field', validationParam: 'PerformanceEndDate' } satisfies RuleParams,
      });
    }
    if (
      invoice.performance_start_date !== undefined &&
      invoice.performance_end_date !== undefined &&
      invoice.performance_end_date < invoice.performance_start_date
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['performance_end_date'],
        message: '`performance_end_date` should be greater or equal than `performance_start_date`.',
        params: { validationParam: 'PerformanceStartDate' } satisfies RuleParams,
      });
    }
    if (typeof invoice.currency === 'string' && invoice.currency !== itemCurrency) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `item prices can only be in EUR (the reference: "Currently, only value allowed is EUR"), so an invoice in ${invoice.currency} cannot be created through the API`,
        params: { validationParam: 'ItemCurrency' } satisfies RuleParams,
      });
    }
    (Array.isArray(invoice.items) ? invoice.items : []).forEach((item, index) => {
      if (item?.unit_price?.currency !== undefined && item.unit_price.currency !== invoice.currency) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'unit_price', 'currency'],
          message: `the item's currency must be the invoice's (${invoice.currency})`,
          params: { validationParam: 'Currency' } satisfies RuleParams,
        });
      }
    });
    if (!Array.isArray(invoice.items) || !invoice.items.every(isWellFormedItem)) return;
    const wellFormed = invoice as { items: DocumentItemPayload[] } & Partial<TotalsInput>;
    const totals = computeInvoiceTotals({
      ...wellFormed,
      welfare_fund: parsedOrUndefined(wellFormed.welfare_fund),
      withholding_tax: parsedOrUndefined(wellFormed.withholding_tax),
    });
    if (totalsExceedExactCents(totals)) {
      const line = totals.items.findIndex((each) => !Number.isSafeInteger(each.subtotal.cents) || !Number.isSafeInteger(each.total.cents));
      ctx.addIssue({
        code: 'custom',
        path: line === -1 ? ['items'] : ['items', line, 'unit_price', 'value'],
        message: 'the amount is too large to be represented exactly in cents',
        params: { validationParam: 'MaxAmount' } satisfies RuleParams,
      });
    }
    const globalDiscount = parseDecimal(invoice.discount?.value);
    if (invoice.discount?.type === 'absolute' && globalDiscount) {
      const afterItemDiscounts = decimal(totals.subtotal.value).minus(totals.itemDiscounts.value).toFixed(2);
      if (globalDiscount.gt(decimal(afterItemDiscounts))) {
        ctx.addIssue({
          code: 'custom',
          path: ['discount', 'value'],
          message: `the discount cannot exceed the items' total after their own discounts (${afterItemDiscounts})`,
          params: { validationParam: 'Subtotal' } satisfies RuleParams,
        });
      }
    }
  }, alwaysCheck);

export type ClientInvoiceCreatePayload = z.infer<typeof clientInvoiceCreatePayloadSchema>;
