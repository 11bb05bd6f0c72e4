/**
 * Qonto's invoice does not say when or to whom it was emailed, so this browser remembers the sends it
 * made (per invoice) to show them on the detail page.
 */
export interface SentRecord {
  at: string;
  to: string[];
  channel: 'email' | 'einvoice';
}

const storageKey = (invoiceId: string) => `composer.sent.${invoiceId}`;

export function readSentLog(invoiceId: string): SentRecord[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(invoiceId)) ?? '[]');
    return Array.isArray(value) ? (value as SentRecord[]) : [];
  } catch {
    return [];
  }
}

export function recordSent(invoiceId: string, record: SentRecord): SentRecord[] {
  const next = [...readSentLog(invoiceId), record].slice(-20);
  try {
    localStorage.setItem(storageKey(invoiceId), JSON.stringify(next));
  } catch {
    // storage full or disabled: the send still happened, only the reminder is lost
  }
  return next;
}
