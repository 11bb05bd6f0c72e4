import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';

const labels: Record<string, MessageDescriptor> = { draft: msg`Draft`, unpaid: msg`Unpaid`, paid: msg`Paid`, canceled: msg`Canceled` };

/** Statuses Qonto adds later still show, by their own name. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  const { t } = useLingui();
  const label = labels[status];
  return <span className={`status-badge status-${status}`}>{label ? t(label) : status}</span>;
}
