/** Today as a calendar date (`YYYY-MM-DD`) in the user's own day, as invoices' dates are. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
