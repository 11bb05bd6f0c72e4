import { userLocale } from './user-locale.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are slow to build and the composer formats hundreds of figures per update. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** How every totals list marks a deduction (discounts, withholding tax): a minus sign, not a hyphen. */
export const deductionSign = '−';

/** Money from a decimal string: Intl formats the string exactly (no float conversion). */
export function formatMoney(value: string, currency: string, locale = userLocale()): string {
  return numberFormat(locale, { style: 'currency', currency }).format(value as unknown as number);
}

export function formatDecimal(value: string, locale = userLocale(), maximumFractionDigits = 10): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value as unknown as number);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD), shown in the user's locale, never shifted by their time zone. */
export function formatDate(value: string | null | undefined, locale = userLocale()): string {
  if (!value) return '—';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

export function formatPercent(rate: string, locale = userLocale()): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(rate as unknown as number);
}

/**
 * A file size as people read it, in the decimal units Qonto's limits use and the reader's number format:
 * "820 kB", "4,5 MB" in French. The unit is the size's own unless `unitOf` names a larger figure to match
 * ("0.2 of 4.5 MB"), and small sizes never round down to zero.
 */
export function formatFileSize(bytes: number, locale = userLocale(), unitOf = bytes): string {
  if (unitOf >= 1_000_000) {
    const megabytes = String(Math.floor(bytes / 100_000) / 10);
    return numberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes as unknown as number);
  }
  if (unitOf >= 1000 || bytes === 0)
    return numberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1000));
  return numberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
}
