import { allocateProRata } from './allocate-pro-rata.ts';
import { Decimal, decimal, formatMoney, isUnsignedDecimal, roundMoney, sumDecimals, toCents } from './decimal.ts';

export interface DiscountInput {
  type: 'percentage' | 'absolute';
  value: string;
}

export interface TotalsItemInput {
  quantity: string;
  unit_price: { value: string };
  vat_rate: string;
  discount?: DiscountInput | undefined;
}

export interface TotalsInput {
  items: readonly TotalsItemInput[];
  discount?: DiscountInput | undefined;
  welfare_fund?: { rate: string } | undefined;
  withholding_tax?: { rate: string } | undefined;
  stamp_duty_amount?: string | undefined;
}

export interface Money {
  value: string;
  cents: number;
}

export interface ItemTotals {
  subtotal: Money;
  discount: Money;
  globalDiscountShare: Money;
  taxable: Money;
  vat: Money;
  total: Money;
}

export interface VatBreakdownLine {
  rate: string;
  taxable: Money;
  vat: Money;
}

export interface InvoiceTotals {
  items: ItemTotals[];
  subtotal: Money;
  itemDiscounts: Money;
  globalDiscount: Money;
  taxable: Money;
  vatByRate: VatBreakdownLine[];
  vat: Money;
  welfareFund: Money;
  withholdingTax: Money;
  stampDuty: Money;
  total: Money;
}

/** Half-typed figures count as zero, so a form can show totals while the user is still typing. */
function lenient(value: string | undefined): Decimal {
  return value !== undefined && isUnsignedDecimal(value) ? decimal(value) : decimal(0);
}

function money(value: Decimal): Money {
  return { value: formatMoney(value), cents: toCents(value) };
}

function discountAmount(base: Decimal, discount: DiscountInput | undefined): Decimal {
  if (!discount) return decimal(0);
  const amount = discount.type === 'percentage' ? base.times(lenient(discount.value)) : lenient(discount.value);
  const rounded = roundMoney(amount);
  return rounded.gt(base) ? base : rounded;
}

interface LineFigures {
  subtotal: Decimal;
  discount: Decimal;
  net: Decimal;
}

/**
 * Per-line figures depend on the line alone, so they are kept by the line's own inputs: when one line
 * changes, the others cost a lookup. Bounded, and cleared rather than evicted one by one.
 */
const lineFigures = new Map<string, LineFigures>();
const undiscountedLines = new Map<string, { vat: Decimal; totals: ItemTotals }>();
const cacheLimit = 20_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= cacheLimit) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

function lineKey(item: TotalsItemInput): string {
  return `${item.quantity}|${item.unit_price.value}|${item.discount?.type ?? ''}|${item.discount?.value ?? ''}`;
}

function figuresOf(item: TotalsItemInput): LineFigures {
  return remember(lineFigures, lineKey(item), () => {
    const subtotal = roundMoney(lenient(item.quantity).times(lenient(item.unit_price.value)));
    const discount = discountAmount(subtotal, item.discount);
    return { subtotal, discount, net: subtotal.minus(discount) };
  });
}

function itemTotals(figures: LineFigures, share: Decimal, taxable: Decimal, vat: Decimal): ItemTotals {
  return {
    subtotal: money(figures.subtotal),
    discount: money(figures.discount),
    globalDiscountShare: money(share),
    taxable: money(taxable),
    vat: money(vat),
    total: money(taxable.plus(vat)),
  };
}

/**
 * The one implementation of invoice totals, shared by the composer and the emulator.
 *
 * Per line: subtotal = quantity × unit price (to the cent); minus the item discount; minus the line's
 * share of the global discount (spread pro rata to the cent, so the shares add up exactly); VAT is
 * computed per line on what remains and the document VAT is the sum of line VAT, so both always agree.
 * Welfare fund is a rate of the taxable amount added to the total; withholding tax is a rate of the
 * taxable amount plus welfare fund, deducted from the total; stamp duty is added as given.
 */
export function computeInvoiceTotals(input: TotalsInput): InvoiceTotals {
  const figures = input.items.map(figuresOf);
  const nets = figures.map((line) => line.net);
  const netSum = sumDecimals(nets);
  const globalDiscount = discountAmount(netSum, input.discount);
  const zero = decimal(0);
  const shares = globalDiscount.eq(0) ? nets.map(() => zero) : allocateProRata(globalDiscount, nets);
  const lines = input.items.map((item, i) => {
    const share = shares[i]!;
    const line = figures[i]!;
    const computeVat = (taxable: Decimal) => roundMoney(taxable.times(lenient(item.vat_rate)));
    if (share.eq(0)) {
      return remember(undiscountedLines, `${lineKey(item)}|${item.vat_rate}`, () => {
        const vat = computeVat(line.net);
        return { vat, totals: itemTotals(line, zero, line.net, vat) };
      });
    }
    const taxable = line.net.minus(share);
    const vat = computeVat(taxable);
    return { vat, totals: itemTotals(line, share, taxable, vat) };
  });
  const subtotals = figures.map((line) => line.subtotal);
  const itemDiscounts = figures.map((line) => line.discount);
  const taxables = nets.map((net, i) => (shares[i]!.eq(0) ? net : net.minus(shares[i]!)));
  const vats = lines.map((line) => line.vat);

  const taxable = sumDecimals(taxables);
  const vat = sumDecimals(vats);
  const welfareFund = input.welfare_fund ? roundMoney(taxable.times(lenient(input.welfare_fund.rate))) : decimal(0);
  const withholdingTax = input.withholding_tax
    ? roundMoney(taxable.plus(welfareFund).times(lenient(input.withholding_tax.rate)))
    : decimal(0);
  const stampDuty = roundMoney(lenient(input.stamp_duty_amount));
  const total = taxable.plus(vat).plus(welfareFund).minus(withholdingTax).plus(stampDuty);

  const byRate = new Map<string, { taxable: Decimal; vat: Decimal }>();
  input.items.forEach((item, i) => {
    const rate = lenient(item.vat_rate).toString();
    const group = byRate.get(rate) ?? { taxable: decimal(0), vat: decimal(0) };
    byRate.set(rate, { taxable: group.taxable.plus(taxables[i]!), vat: group.vat.plus(vats[i]!) });
  });

  return {
    items: lines.map((line) => line.totals),
    subtotal: money(sumDecimals(subtotals)),
    itemDiscounts: money(sumDecimals(itemDiscounts)),
    globalDiscount: money(globalDiscount),
    taxable: money(taxable),
    vatByRate: [...byRate.entries()]
      .sort(([a], [b]) => decimal(b).cmp(decimal(a)))
      .map(([rate, group]) => ({ rate, taxable: money(group.taxable), vat: money(group.vat) })),
    vat: money(vat),
    welfareFund: money(welfareFund),
    withholdingTax: money(withholdingTax),
    stampDuty: money(stampDuty),
    total: money(total),
  };
}
