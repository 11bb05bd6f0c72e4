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

/** Money from a decimal string: Intl formats the string exactly (no float conversion). */
export function formatMoney(value: string, currency: string, locale = userLocale()): string {
  return numberFormat(locale, { style: 'currency', currency }).format(value as unknown as number);
}

export function formatDecimal(value: string, locale = userLocale(), maximumFractionDigits = 10): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value as unknown as number);
}

/** A calendar date (YYYY-MM-DD), shown in the user's locale, never shifted by their time zone. */
export function formatDate(value: string | null | undefined, locale = userLocale()): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

export function formatPercent(rate: string, locale = userLocale()): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(rate as unknown as number);
}

/** A file size as people read it, in the decimal units Qonto's limits use: "820 KB", "4.5 MB". */
export function formatFileSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(Math.floor(bytes / 100_000) / 10).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}
