import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { summarizeOrganization } from './summarize-organization.ts';

const invoice = (fields: Partial<ClientInvoice>): ClientInvoice =>
  ({ id: `id-${Math.random()}`, status: 'unpaid', currency: 'EUR', ...fields }) as ClientInvoice;

describe('summarizeOrganization', () => {
  it('counts unpaid and overdue invoices and adds what they still await per currency, in decimals', () => {
    const summary = summarizeOrganization({
      drafts: 2,
      unpaid: {
        complete: true,
        invoices: [
          invoice({
            due_date: '2026-11-01',
            total_amount: { value: '100.10', currency: 'EUR' },
            amount_paid: { value: '0.10', currency: 'EUR' },
          }),
          invoice({ due_date: '2026-12-01', total_amount: { value: '0.20', currency: 'EUR' } }),
          invoice({ due_date: '2026-10-01', total_amount: { value: '50.00', currency: 'GBP' } }),
        ],
      },
      latest: invoice({ id: 'last', number: 'F-9', issue_date: '2026-11-20', status: 'draft' }),
      today: '2026-11-21',
    });
    assert.equal(summary.drafts, 2);
    assert.deepEqual(summary.unpaid, {
      count: 3,
      amounts: [
        { currency: 'EUR', value: '100.20' },
        { currency: 'GBP', value: '50.00' },
      ],
    });
    assert.deepEqual(summary.overdue, {
      count: 2,
      amounts: [
        { currency: 'EUR', value: '100.00' },
        { currency: 'GBP', value: '50.00' },
      ],
    });
    assert.deepEqual(summary.lastInvoice, { id: 'last', number: 'F-9', issue_date: '2026-11-20', status: 'draft' });
    assert.equal(summary.complete, true);
  });

  it('is due today, not overdue; an organization without invoices has nothing waiting', () => {
    const dueToday = summarizeOrganization({
      drafts: 0,
      unpaid: { complete: true, invoices: [invoice({ due_date: '2026-11-21', total_amount: { value: '10.00', currency: 'EUR' } })] },
      latest: undefined,
      today: '2026-11-21',
    });
    assert.equal(dueToday.overdue.count, 0);
    assert.deepEqual(dueToday.overdue.amounts, []);
    assert.equal(dueToday.lastInvoice, null);
  });
});
