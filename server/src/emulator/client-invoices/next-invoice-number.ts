import type { EmulatorStore } from '../emulator-store.ts';

/** Automatic numbering: the next free `INV-YYYY-NNNN`, skipping numbers already taken by hand. */
export function nextInvoiceNumber(store: EmulatorStore, year: number): string {
  let candidate: string;
  do {
    candidate = `INV-${year}-${String(store.nextInvoiceSequence).padStart(4, '0')}`;
    store.nextInvoiceSequence += 1;
  } while (store.invoiceNumbers.has(candidate));
  return candidate;
}
