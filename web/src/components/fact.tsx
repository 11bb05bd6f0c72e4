import type { ReactNode } from 'react';

/** One term and its value in a description list (`<dl>`): a fact of an invoice, of a file, of the totals. */
export function Fact({ term, children, className }: { term: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
