import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: ReactNode;
  /** Figures: right-aligned, tabular digits. */
  numeric?: boolean;
}

/** A table of records: a caption (for screen readers unless `showCaption`), one header row of columns, the rows given. */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  className = 'data-table',
  children,
}: {
  caption: ReactNode;
  showCaption?: boolean;
  columns: DataTableColumn[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={className}>
      <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            // The columns are fixed for a table: their place is their identity.
            <th key={index} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
