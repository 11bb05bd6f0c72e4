import { decimal } from '@composer/shared/money/decimal';
import type { Product, ProductCreatePayload } from '@composer/shared/schemas/product';
import type { ItemValues } from './composer-values.ts';
import { foldText as fold } from '../../../lib/fold-text.ts';
import { formatDecimalInput } from './parse-decimal-input.ts';
import { readItem } from './read-composer.ts';

const foldedTitles = new WeakMap<readonly Product[], string[]>();

/**
 * The products whose title matches what is typed (case and accents ignored), those starting with it
 * first. The folded titles are computed once per catalogue, so a key press costs one pass of `includes`.
 */
export function searchProducts(products: readonly Product[], typed: string, limit = 8): Product[] {
  const term = fold(typed.trim());
  if (term === '') return [];
  let titles = foldedTitles.get(products);
  if (!titles) {
    titles = products.map((product) => fold(product.title));
    foldedTitles.set(products, titles);
  }
  const starts: Product[] = [];
  const contains: Product[] = [];
  for (let index = 0; index < products.length && starts.length < limit; index += 1) {
    const at = titles[index]!.indexOf(term);
    if (at === 0) starts.push(products[index]!);
    else if (at > 0 && contains.length < limit) contains.push(products[index]!);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** A product copied onto a line (not linked): title, description, unit, unit price, VAT rate, exemption. */
export function lineFromProduct(
  product: Product,
  locale: string,
): Pick<ItemValues, 'title' | 'description' | 'unit' | 'unit_price' | 'vat_rate' | 'vat_exemption_reason'> {
  return {
    title: product.title.slice(0, 40),
    description: product.description ?? '',
    unit: product.unit ?? '',
    unit_price: formatDecimalInput(product.unit_price.value, locale),
    vat_rate: formatDecimalInput(decimal(product.vat_rate).times(100).toFixed(), locale),
    vat_exemption_reason: product.vat_exemption_code ?? '',
  };
}

/** A line's field a product needs, named by its payload key; the component words it. */
export type LineField = 'title' | 'unit_price' | 'vat_rate';

/** The product a line would make, or the fields to complete first. */
export function productFromLine(
  item: ItemValues,
  locale: string,
  type: ProductCreatePayload['type'],
): { product: ProductCreatePayload } | { missing: LineField[] } {
  const line = readItem(item, locale).payload as {
    title?: string;
    description?: string;
    unit?: string;
    unit_price?: { value?: string };
    vat_rate?: string;
    vat_exemption_reason?: ProductCreatePayload['vat_exemption_code'];
  };
  const missing = [
    !line.title?.trim() && 'title',
    line.unit_price?.value === undefined && 'unit_price',
    line.vat_rate === undefined && 'vat_rate',
  ].filter((field): field is LineField => typeof field === 'string');
  if (missing.length > 0) return { missing };
  return {
    product: {
      title: line.title!,
      type,
      unit_price: { value: line.unit_price!.value!, currency: 'EUR' },
      vat_rate: line.vat_rate!,
      ...(line.description ? { description: line.description.slice(0, 600) } : {}),
      ...(line.unit ? { unit: line.unit } : {}),
      ...(line.vat_exemption_reason ? { vat_exemption_code: line.vat_exemption_reason } : {}),
    },
  };
}
