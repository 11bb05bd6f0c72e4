import { demoClientId } from '../emulator/seed/demo-clients.ts';

export const frenchIban = 'FR7616958000012345678901234';
export const clientIds = {
  atelierDurand: demoClientId(0),
  claireDubois: demoClientId(2),
  studioRossi: demoClientId(4),
  hernandez: demoClientId(5),
  thamesGbp: demoClientId(6),
  noCurrency: demoClientId(8),
  noAddress: demoClientId(9),
};

let counter = 0;

/** A valid French invoice; each call gets a fresh number unless one is given. */
export function frenchInvoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    client_id: clientIds.atelierDurand,
    number: `T-${process.pid}-${counter}`,
    issue_date: '2026-11-21',
    due_date: '2026-12-21',
    currency: 'EUR',
    payment_methods: { iban: frenchIban },
    items: [{ title: 'Monthly bookkeeping', quantity: '1', unit_price: { value: '450.00', currency: 'EUR' }, vat_rate: '0.2' }],
    ...overrides,
  };
}

export function jsonPost(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
