import { msg } from '@lingui/core/macro';

export const dueDatePresets = [
  { value: '0', label: msg`On receipt` },
  { value: '15', label: msg`In 15 days` },
  { value: '30', label: msg`In 30 days` },
  { value: '45', label: msg`In 45 days` },
  { value: '60', label: msg`In 60 days` },
  { value: 'end_of_month', label: msg`End of month` },
  { value: 'custom', label: msg`Another date` },
] as const;

/** The due date a preset gives for an issue date (YYYY-MM-DD, calendar arithmetic in UTC). */
export function dueDateFor(preset: string, issueDate: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issueDate) || preset === 'custom') return undefined;
  const date = new Date(`${issueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  if (preset === 'end_of_month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  const days = Number(preset);
  if (!Number.isInteger(days)) return undefined;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
