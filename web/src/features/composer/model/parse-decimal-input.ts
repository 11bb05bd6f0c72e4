const spaces = /[\s\u00a0\u202f\u2009']/g;

interface LocaleNumbers {
  decimal: string;
  group: string;
  grouping: Intl.NumberFormat;
}

const separatorCache = new Map<string, LocaleNumbers>();

/** A locale's decimal and grouping marks; Intl is slow to build, and totals read hundreds of fields per key press. */
function separators(locale: string): LocaleNumbers {
  let found = separatorCache.get(locale);
  if (!found) {
    const grouping = new Intl.NumberFormat(locale, { useGrouping: true });
    const parts = grouping.formatToParts(12345.6);
    found = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: (parts.find((part) => part.type === 'group')?.value ?? ',').replace(spaces, ' '),
      grouping,
    };
    separatorCache.set(locale, found);
  }
  return found;
}

/**
 * Reads a number as people type it, in their locale or with a dot: "1 234,56" and "1234.56" in French,
 * "1.234,56" in German, "1,234.56" in English. Returns the canonical decimal string ("1234.56"), or
 * undefined when the text is not a number. Never goes through a float.
 */
export function parseDecimalInput(text: string, locale: string): string | undefined {
  const compact = text.trim().replace(spaces, '');
  if (compact === '' || !/^[\d.,]+$/.test(compact)) return undefined;
  const { decimal, group } = separators(locale);
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let integer: string;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    const groupMark = decimalAt === lastComma ? '.' : ',';
    const grouped = compact.slice(0, decimalAt);
    if (!new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})*$`).test(grouped)) return undefined;
    integer = grouped.replaceAll(groupMark, '');
    fraction = compact.slice(decimalAt + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const pieces = compact.split(mark);
    const looksGrouped = pieces.length > 2 || (pieces[1]!.length === 3 && pieces[0]!.length <= 3 && pieces[0] !== '0');
    const markIsGroup = mark === group || (mark === ',' && decimal === '.');
    if (pieces.length > 2 || (markIsGroup && looksGrouped && mark !== decimal)) {
      if (!pieces.slice(1).every((piece) => piece.length === 3)) return undefined;
      integer = pieces.join('');
    } else {
      integer = pieces[0]!;
      fraction = pieces[1]!;
    }
  } else {
    integer = compact;
  }
  if (integer === '' && fraction === '') return undefined;
  const whole = integer.replace(/^0+(?=\d)/, '') || '0';
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** A canonical decimal shown the user's way ("1234.5" → "1 234,5" in French), digits kept exactly. */
export function formatDecimalInput(canonical: string, locale: string): string {
  const [integer = '0', fraction] = canonical.split('.');
  const { decimal, grouping } = separators(locale);
  const grouped = grouping.format(BigInt(integer));
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}
