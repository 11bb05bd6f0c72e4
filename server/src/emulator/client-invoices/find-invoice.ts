import { ApiProblem } from '../../lib/error-response.ts';
import { uuidPattern } from '../../lib/random-id.ts';
import type { EmulatorStore, StoredInvoice } from '../emulator-store.ts';

export function findInvoice(store: EmulatorStore, id: string): StoredInvoice {
  const invoice = uuidPattern.test(id) ? store.invoices.get(id.toLowerCase()) : undefined;
  if (!invoice) throw new ApiProblem(404, { code: 'not_found', detail: 'No client invoice with this id.' });
  return invoice;
}

/** 412: the invoice's status does not allow this action (Qonto's `invoice_not_in_*_status` family). */
export function wrongStatus(code: string, detail: string): ApiProblem {
  return new ApiProblem(412, { code, detail });
}

export function requireStatus(invoice: StoredInvoice, allowed: readonly string[], code: string, action: string): void {
  if (!allowed.includes(invoice.record.status)) {
    throw wrongStatus(code, `The invoice is ${invoice.record.status}: only ${allowed.join(' or ')} invoices can be ${action}.`);
  }
}
