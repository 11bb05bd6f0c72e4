import { z } from 'zod/mini';
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
const fixedWidthRate = rateString.check(z.minLength(4), z.maxLength(6));

export const clientInvoiceCreatePayloadSchema = z
  .strictObject({
    client_id: z.uuid({ message: 'must be a UUID' }),
    upload_id: z.optional(z.uuid({ message: 'must be a UUID' })),
    issue_date: isoDate,
    performance_date: z.optional(isoDate),
    performance_start_date: z.optional(isoDate),
    performance_end_date: z.optional(isoDate),
    due_date: isoDate,
    status: z.optional(z.enum(['draft', 'unpaid'])),
    number: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    purchase_order: z.optional(z.string().check(z.maxLength(40))),
    terms_and_conditions: z.optional(z.string().check(z.maxLength(525))),
    header: z.optional(z.string()),
    footer: z.optional(z.string()),
    currency: z.enum(invoiceCurrencies),
    payment_methods: z.strictObject({ iban: z.string() }),
    settings: z.optional(invoiceSettingsOverrideSchema),
    items: z.array(documentItemPayloadSchema).check(z.minLength(1, { message: 'an invoice needs at least one item' })),
    report_einvoicing: z.optional(z.boolean()),
    payment_reporting: z.optional(z.strictObject({ conditions: z.enum(paymentConditions), method: z.enum(paymentMethodCodes) })),
    welfare_fund: z.optional(z.strictObject({ type: z.enum(welfareFundTypes), rate: fixedWidthRate })),
    withholding_tax: z.optional(
      z.strictObject({
        reason: z.optional(z.enum(withholdingTaxReasons)),
        rate: fixedWidthRate,
        payment_reason: z.optional(z.string().check(z.minLength(1), z.maxLength(2))),
      }),
    ),
    stamp_duty_amount: z.optional(decimalString.check(z.minLength(4), z.maxLength(15))),
    discount: z.optional(discountSchema),
  })
  .check(
    z.superRefine((invoice, ctx) => {
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
        const line = totals.items.findIndex(
          (each) => !Number.isSafeInteger(each.subtotal.cents) || !Number.isSafeInteger(each.total.cents),
        );
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
    }, alwaysCheck),
  );

export type ClientInvoiceCreatePayload = z.infer<typeof clientInvoiceCreatePayloadSchema>;
