import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availableActions, isOverdue } from './available-actions.ts';
import { splitRecipients } from './send-template.ts';

describe('what an invoice allows', () => {
  it('offers only the actions its status allows', () => {
    const draft = availableActions({ status: 'draft', attachment_id: 'a' });
    assert.deepEqual(
      Object.entries(draft)
        .filter(([, on]) => on)
        .map(([name]) => name),
      ['edit', 'deleteDraft', 'finalize', 'downloadPdf'],
    );
    const unpaid = availableActions({ status: 'unpaid', attachment_id: 'a' });
    assert.deepEqual(
      Object.entries(unpaid)
        .filter(([, on]) => on)
        .map(([name]) => name),
      ['send', 'markPaid', 'cancel', 'creditNote', 'downloadPdf'],
    );
    const paid = availableActions({ status: 'paid', attachment_id: null });
    assert.deepEqual(
      Object.entries(paid)
        .filter(([, on]) => on)
        .map(([name]) => name),
      ['send', 'unmarkPaid', 'creditNote'],
    );
    assert.ok(Object.values(availableActions({ status: 'canceled', attachment_id: null })).every((on) => !on));
    assert.ok(Object.values(availableActions({ status: 'archived', attachment_id: null })).every((on) => !on));
  });

  it('calls an invoice overdue when unpaid past its due date', () => {
    assert.equal(isOverdue({ status: 'unpaid', due_date: '2026-11-20' }, '2026-11-21'), true);
    assert.equal(isOverdue({ status: 'unpaid', due_date: '2026-11-21' }, '2026-11-21'), false);
    assert.equal(isOverdue({ status: 'paid', due_date: '2026-01-01' }, '2026-11-21'), false);
    assert.equal(isOverdue({ status: 'unpaid', due_date: null }, '2026-11-21'), false);
  });

  it('splits typed recipients on commas, semicolons and spaces', () => {
    assert.deepEqual(splitRecipients(' a@b.example, c@d.example;e@f.example  '), ['a@b.example', 'c@d.example', 'e@f.example']);
  });
});
