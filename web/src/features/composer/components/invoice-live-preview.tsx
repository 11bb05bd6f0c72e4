import type { Client, OrganizationResponse } from '@composer/shared';
import { clientDisplayName, decimal } from '@composer/shared';
import { useState } from 'react';
import type { UseFormGetValues } from 'react-hook-form';
import { formatDate, formatMoney, formatPercent } from '../../../lib/format.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import { parseDecimalInput } from '../model/parse-decimal-input.ts';
import { totalsFromValues } from '../model/totals-from-values.ts';
import type { FormChanges } from '../form/form-changes.ts';
import { useThrottledValues } from '../hooks/use-throttled-values.ts';

interface Props {
  changes: FormChanges;
  getValues: UseFormGetValues<ComposerValues>;
  organization: OrganizationResponse['organization'];
  client: Client | undefined;
  locale: string;
  currency: string;
}

/** The invoice as it will read, beside the form; refreshed at most twice a second, and can be hidden. */
export function InvoiceLivePreview({ changes, getValues, organization, client, locale, currency }: Props) {
  const [shown, setShown] = useState(true);
  const values = useThrottledValues(changes, getValues as () => ComposerValues, 500, shown);
  const totals = totalsFromValues(values, locale, organization.legal_country);
  const money = (value: string) => formatMoney(value, currency, locale);
  return (
    <aside className="live-preview" aria-labelledby="live-preview-title">
      <div className="live-preview-header">
        <h2 id="live-preview-title">Preview</h2>
        <button type="button" aria-pressed={!shown} onClick={() => setShown((value) => !value)}>
          {shown ? 'Hide preview' : 'Show preview'}
        </button>
      </div>
      {shown && (
        // Focusable so a long preview can be scrolled with the keyboard.
        <div className="paper" tabIndex={0} role="region" aria-label="Invoice preview, scrollable">
          <p className="paper-title">Invoice {values.number || '(number on creation)'}</p>
          <div className="paper-parties">
            <p>
              <strong>{organization.legal_name}</strong>
            </p>
            <p>
              Billed to: <strong>{client ? clientDisplayName(client) : 'choose a client'}</strong>
            </p>
          </div>
          <p>
            Issued {formatDate(values.issue_date, locale)} · Due {formatDate(values.due_date, locale)}
          </p>
          {values.header && <p className="paper-text">{values.header}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="numeric">
                  Qty
                </th>
                <th scope="col" className="numeric">
                  VAT
                </th>
                <th scope="col" className="numeric">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {values.items.map((item, index) => (
                <tr key={index}>
                  <td>{item.title || '—'}</td>
                  <td className="numeric">
                    {item.quantity} {item.unit}
                  </td>
                  <td className="numeric">
                    {formatPercent(
                      decimal(parseDecimalInput(item.vat_rate, locale) ?? '0')
                        .div(100)
                        .toFixed(),
                      locale,
                    )}
                  </td>
                  <td className="numeric">{money(totals.items[index]?.taxable.value ?? '0')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="numeric">VAT {money(totals.vat.value)}</p>
          <p className="numeric paper-total">Total {money(totals.total.value)}</p>
          {values.footer && <p className="paper-text">{values.footer}</p>}
        </div>
      )}
    </aside>
  );
}
