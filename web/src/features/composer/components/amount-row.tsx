import type { InvoiceSummary } from '@composer/shared/money/invoice-totals';
import type { ReactNode } from 'react';
import { Fact } from '../../../components/fact.tsx';
import { deductionSign } from '../../../lib/format.ts';

/** One labelled amount of a totals list; a deduction is shown with a minus sign. */
export function AmountRow({
  label,
  amount,
  negative = false,
  className,
}: {
  label: ReactNode;
  amount: string;
  negative?: boolean;
  className?: string;
}) {
  return (
    <Fact term={label} className={className}>
      {negative ? deductionSign : ''}
      {amount}
    </Fact>
  );
}

export type Adjustment = 'welfareFund' | 'withholdingTax' | 'stampDuty';

/** The amounts after VAT an invoice shows when they are not zero, in one order for every totals list. */
export function adjustmentsOf(totals: InvoiceSummary): { key: Adjustment; value: string; negative: boolean }[] {
  return (['welfareFund', 'withholdingTax', 'stampDuty'] as const)
    .filter((key) => totals[key].cents > 0)
    .map((key) => ({ key, value: totals[key].value, negative: key === 'withholdingTax' }));
}
