import { allocateProRata } from './allocate-pro-rata.ts';
import { type Decimal, decimal, isUnsignedDecimal, roundMoney } from './decimal.ts';

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

/**
 * Every figure below is rounded to the cent before it is added up, so sums are kept as whole cents in
 * BigInt: exact like the decimals, and cheap enough that a long invoice re-totals on every key press.
 */
function centsOf(value: Decimal): bigint {
  return BigInt(roundMoney(value).times(100).toFixed(0));
}

function moneyFromCents(cents: bigint): Money {
  const sign = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return { value: `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`, cents: Number(cents) };
}

function decimalFromCents(cents: bigint): Decimal {
  return decimal(cents.toString()).div(100);
}

function money(value: Decimal): Money {
  return moneyFromCents(centsOf(value));
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
  subtotalCents: bigint;
  discountCents: bigint;
  netCents: bigint;
}

interface UndiscountedLine {
  totals: ItemTotals;
}

/**
 * Per-line figures depend on the line alone, so they are kept by the line's own inputs: when one line
 * changes, the others cost a lookup. Bounded, and cleared rather than evicted one by one.
 */
const lineFigures = new Map<string, LineFigures>();
const undiscountedLines = new Map<string, UndiscountedLine>();
const rateKeys = new Map<string, string>();
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
    const net = subtotal.minus(discount);
    return { subtotal, discount, net, subtotalCents: centsOf(subtotal), discountCents: centsOf(discount), netCents: centsOf(net) };
  });
}

/** The rate as the VAT breakdown groups it: "0.20" and "0.2" are one group. */
function rateKeyOf(rate: string): string {
  return remember(rateKeys, rate, () => lenient(rate).toString());
}

function lineVat(taxable: Decimal, rate: string): Decimal {
  return roundMoney(taxable.times(lenient(rate)));
}

function itemTotals(figures: LineFigures, share: Decimal, taxable: Decimal, vat: Decimal): ItemTotals {
  return {
    subtotal: moneyFromCents(figures.subtotalCents),
    discount: moneyFromCents(figures.discountCents),
    globalDiscountShare: money(share),
    taxable: money(taxable),
    vat: money(vat),
    total: money(taxable.plus(vat)),
  };
}

function undiscountedLine(item: TotalsItemInput, figures: LineFigures): UndiscountedLine {
  return remember(undiscountedLines, `${lineKey(item)}|${item.vat_rate}`, () => {
    return { totals: itemTotals(figures, decimal(0), figures.net, lineVat(figures.net, item.vat_rate)) };
  });
}

/** The rate the welfare fund is taxed at: the invoice's highest line rate (its main supply). */
function welfareVatRate(rates: Iterable<string>): string {
  let highest: string | undefined;
  for (const rate of rates) if (highest === undefined || lenient(rate).gt(lenient(highest))) highest = rate;
  return highest ?? '0';
}

interface LineMemo {
  quantity: string;
  unitPrice: string;
  discountType: string | undefined;
  discountValue: string | undefined;
  vatRate: string;
  figures: LineFigures;
  undiscounted: UndiscountedLine;
  rateKey: string;
}

// A caller that passes the same line object again (the composer does for every line not being typed in)
// gets its figures after five comparisons, without building the string keys above.
const lineMemos = new WeakMap<TotalsItemInput, LineMemo>();

function memoOf(item: TotalsItemInput): LineMemo {
  const memo = lineMemos.get(item);
  if (
    memo &&
    memo.quantity === item.quantity &&
    memo.unitPrice === item.unit_price.value &&
    memo.discountType === item.discount?.type &&
    memo.discountValue === item.discount?.value &&
    memo.vatRate === item.vat_rate
  )
    return memo;
  const figures = figuresOf(item);
  const fresh: LineMemo = {
    quantity: item.quantity,
    unitPrice: item.unit_price.value,
    discountType: item.discount?.type,
    discountValue: item.discount?.value,
    vatRate: item.vat_rate,
    figures,
    undiscounted: undiscountedLine(item, figures),
    rateKey: rateKeyOf(item.vat_rate),
  };
  lineMemos.set(item, fresh);
  return fresh;
}

/** The invoice's figures without the per-line ones: what a totals panel shows. */
export type InvoiceSummary = Omit<InvoiceTotals, 'items'>;

/** The invoice's own inputs besides its lines. */
export type InvoiceAdjustments = Omit<TotalsInput, 'items'>;

interface RateGroup {
  lines: number;
  netCents: bigint;
}

/**
 * The one implementation of invoice totals, shared by the composer and the emulator.
 *
 * Per line: subtotal = quantity × unit price (to the cent); minus the item discount; minus the line's
 * share of the global discount (spread pro rata to the cent, so the shares add up exactly). A line's VAT
 * is shown per line, but the document VAT is computed once per rate on that rate's taxable base and
 * rounded once (EN 16931 BR-CO-17), so an e-invoice validator finds the same figures.
 * Welfare fund (Italy) is a rate of the taxable amount; it is itself subject to VAT (FatturaPA records
 * a VAT rate for it), so it joins the VAT base of the invoice's highest rate. Withholding tax is a rate of
 * the taxable amount plus welfare fund, deducted after VAT; stamp duty is added as given.
 *
 * The tally keeps the lines' sums (overall and per VAT rate) as lines are set, so a form can replace the
 * one line being typed in and re-total in time independent of the number of lines; only a global
 * discount, spread over every line, costs a pass over them.
 */
export class InvoiceTotalsTally {
  #memos: LineMemo[] = [];
  #subtotalCents = 0n;
  #itemDiscountCents = 0n;
  #netCents = 0n;
  readonly #byRate = new Map<string, RateGroup>();

  get size(): number {
    return this.#memos.length;
  }

  /** Every line anew. */
  reset(items: readonly TotalsItemInput[]): void {
    this.#memos = [];
    this.#subtotalCents = this.#itemDiscountCents = this.#netCents = 0n;
    this.#byRate.clear();
    for (const item of items) {
      const memo = memoOf(item);
      this.#memos.push(memo);
      this.#count(memo, 1n);
    }
  }

  /** One line changed: the sums lose its old figures and gain its new ones. */
  replace(index: number, item: TotalsItemInput): void {
    const old = this.#memos[index];
    if (old === undefined) throw new RangeError(`No line ${index} in a tally of ${this.#memos.length}`);
    const memo = memoOf(item);
    if (memo === old) return;
    this.#count(old, -1n);
    this.#memos[index] = memo;
    this.#count(memo, 1n);
  }

  #count(memo: LineMemo, sign: 1n | -1n): void {
    const line = memo.figures;
    this.#subtotalCents += sign * line.subtotalCents;
    this.#itemDiscountCents += sign * line.discountCents;
    this.#netCents += sign * line.netCents;
    const group = this.#byRate.get(memo.rateKey) ?? { lines: 0, netCents: 0n };
    group.lines += Number(sign);
    group.netCents += sign * line.netCents;
    if (group.lines === 0) this.#byRate.delete(memo.rateKey);
    else this.#byRate.set(memo.rateKey, group);
  }

  /** The invoice's figures; with `withItems`, each line's too. */
  totals(adjustments: InvoiceAdjustments): InvoiceSummary;
  totals(adjustments: InvoiceAdjustments, withItems: true): InvoiceTotals;
  totals(adjustments: InvoiceAdjustments, withItems = false): InvoiceSummary | InvoiceTotals {
    const globalDiscount = discountAmount(decimalFromCents(this.#netCents), adjustments.discount);
    const spread = !globalDiscount.eq(0);
    let taxableCents = this.#netCents;
    const baseByRate = new Map<string, bigint>();
    let items: ItemTotals[] | undefined;
    if (spread || withItems) {
      // The global discount changes every line's taxable amount, so the rate bases are summed again.
      const shares = spread
        ? allocateProRata(
            globalDiscount,
            this.#memos.map((memo) => memo.figures.net),
          )
        : undefined;
      taxableCents = 0n;
      items = this.#memos.map((memo, i) => {
        const line = memo.figures;
        const share = shares?.[i];
        let lineTaxableCents = line.netCents;
        let totals: ItemTotals;
        if (share === undefined || share.eq(0)) {
          ({ totals } = memo.undiscounted);
        } else {
          const taxable = line.net.minus(share);
          lineTaxableCents = centsOf(taxable);
          totals = itemTotals(line, share, taxable, lineVat(taxable, memo.vatRate));
        }
        taxableCents += lineTaxableCents;
        baseByRate.set(memo.rateKey, (baseByRate.get(memo.rateKey) ?? 0n) + lineTaxableCents);
        return totals;
      });
    } else {
      for (const [rate, group] of this.#byRate) baseByRate.set(rate, group.netCents);
    }

    const taxable = decimalFromCents(taxableCents);
    const welfareFund = adjustments.welfare_fund ? roundMoney(taxable.times(lenient(adjustments.welfare_fund.rate))) : decimal(0);
    const welfareCents = centsOf(welfareFund);
    if (welfareCents !== 0n) {
      const rate = welfareVatRate(baseByRate.keys());
      baseByRate.set(rate, (baseByRate.get(rate) ?? 0n) + welfareCents);
    }
    let vatCents = 0n;
    const vatByRate = [...baseByRate.entries()]
      .sort(([a], [b]) => decimal(b).cmp(decimal(a)))
      .map(([rate, baseCents]) => {
        const groupVatCents = centsOf(decimalFromCents(baseCents).times(lenient(rate)));
        vatCents += groupVatCents;
        return { rate, taxable: moneyFromCents(baseCents), vat: moneyFromCents(groupVatCents) };
      });
    const withholdingTax = adjustments.withholding_tax
      ? roundMoney(taxable.plus(welfareFund).times(lenient(adjustments.withholding_tax.rate)))
      : decimal(0);
    const stampDuty = roundMoney(lenient(adjustments.stamp_duty_amount));
    const totalCents = taxableCents + welfareCents + vatCents - centsOf(withholdingTax) + centsOf(stampDuty);

    const summary: InvoiceSummary = {
      subtotal: moneyFromCents(this.#subtotalCents),
      itemDiscounts: moneyFromCents(this.#itemDiscountCents),
      globalDiscount: money(globalDiscount),
      taxable: moneyFromCents(taxableCents),
      vatByRate,
      vat: moneyFromCents(vatCents),
      welfareFund: moneyFromCents(welfareCents),
      withholdingTax: money(withholdingTax),
      stampDuty: money(stampDuty),
      total: moneyFromCents(totalCents),
    };
    return withItems ? { items: items ?? [], ...summary } : summary;
  }
}

/** One line's own figures, before any share of a global discount: what a line shows while it is typed. */
export function lineTotalsOf(item: TotalsItemInput): ItemTotals {
  return memoOf(item).undiscounted.totals;
}

/** The invoice's totals and each line's, from scratch (see InvoiceTotalsTally for the rules). */
export function computeInvoiceTotals(input: TotalsInput): InvoiceTotals {
  const tally = new InvoiceTotalsTally();
  tally.reset(input.items);
  return tally.totals(input, true);
}

/** True when any figure of the invoice is too large for its `*_cents` to be an exact integer. */
export function totalsExceedExactCents(totals: InvoiceTotals): boolean {
  const tooLarge = (amount: Money) => !Number.isSafeInteger(amount.cents);
  return (
    [totals.subtotal, totals.taxable, totals.vat, totals.welfareFund, totals.withholdingTax, totals.total].some(tooLarge) ||
    totals.items.some((line) => tooLarge(line.subtotal) || tooLarge(line.total))
  );
}
