import { userLocale } from './user-locale.ts';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Money from a decimal string: Intl formats the string exactly (no float conversion). */
export function formatMoney(value: string, currency: string, locale = userLocale()): string {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(value as unknown as number);
}

export function formatDecimal(value: string, locale = userLocale(), maximumFractionDigits = 10): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value as unknown as number);
}

/** A calendar date (YYYY-MM-DD), shown in the user's locale, never shifted by their time zone. */
export function formatDate(value: string | null | undefined, locale = userLocale()): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

export function formatPercent(rate: string, locale = userLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(rate as unknown as number);
}
