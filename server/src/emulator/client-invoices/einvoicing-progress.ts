import { emulatorNow, type EmulatorStore, type StoredInvoice } from '../emulator-store.ts';

type Step = NonNullable<StoredInvoice['einvoicing']>['steps'][number];

/**
 * The steps an e-invoice goes through once sent, one `einvoicingStepMs` apart (French reform codes:
 * 200 submitted, 201 issued by the platform, 202 received by the client's platform; 213 rejected).
 */
export function plannedEinvoicingSteps(store: EmulatorStore, sentAt: number, rejected: boolean): Step[] {
  const step = store.settings.einvoicingStepMs;
  const submitted: Step = { at: sentAt, statusCode: 200, status: 'submitted' };
  if (rejected) {
    return [submitted, { at: sentAt + step, statusCode: 213, status: 'submission_failed', reason: 'REJ_SEMAN' }];
  }
  return [
    submitted,
    { at: sentAt + step, statusCode: 201, status: 'submitted' },
    { at: sentAt + 2 * step, statusCode: 202, status: 'submitted' },
  ];
}

/** Shows the steps whose time has come on the invoice, as `GET` reads it. */
export function revealEinvoicingProgress(store: EmulatorStore, invoice: StoredInvoice): void {
  if (!invoice.einvoicing) return;
  const now = emulatorNow(store);
  const reached = invoice.einvoicing.steps.filter((step) => step.at <= now);
  const last = reached.at(-1);
  if (!last) return;
  invoice.record.einvoicing_status = last.status;
  invoice.record.einvoicing_lifecycle_events = reached.map((step) => ({
    status_code: step.statusCode,
    ...(step.reason ? { reason: step.reason, reason_message: 'The platform rejected the invoice.' } : {}),
    timestamp: new Date(step.at).toISOString(),
  }));
}
