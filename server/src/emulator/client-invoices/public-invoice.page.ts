import { escapeHtml } from '../../lib/escape-html.ts';
import type { StoredInvoice } from '../emulator-store.ts';

type Amount = { value: string; currency: string };
type Party = Record<string, string | undefined>;

const style = `body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1b}
table{width:100%;border-collapse:collapse;margin:1rem 0}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.meta{display:flex;gap:2rem;flex-wrap:wrap}
.muted{color:#555}pre{white-space:pre-wrap;font:inherit}`;

function partyName(party: Party | undefined): string {
  if (!party) return '';
  return party.name ?? party.legal_name ?? [party.first_name, party.last_name].filter(Boolean).join(' ');
}

/** The invoice's public page (what `invoice_url` opens): no auth, every user text escaped. */
export function publicInvoicePage(invoice: StoredInvoice): string {
  const r = invoice.record as Record<string, unknown>;
  const total = r.total_amount as Amount;
  const vat = r.vat_amount as Amount;
  const client = r.client as Party | undefined;
  const organization = r.organization as Party | undefined;
  const items = (r.items as Record<string, unknown>[]) ?? [];
  const rows = items
    .map((item) => {
      const price = item.unit_price as Amount;
      const line = item.total_amount as Amount;
      return `<tr><td><strong>${escapeHtml(item.title)}</strong>${item.description ? `<br><span class="muted">${escapeHtml(item.description)}</span>` : ''}</td>
<td class="num">${escapeHtml(item.quantity)} ${escapeHtml(item.unit ?? '')}</td><td class="num">${escapeHtml(price.value)} ${escapeHtml(price.currency)}</td>
<td class="num">${escapeHtml(item.vat_rate)}</td><td class="num">${escapeHtml(line.value)} ${escapeHtml(line.currency)}</td></tr>`;
    })
    .join('');
  const imported =
    invoice.imported && invoice.file
      ? `<p>Imported from <a href="/_files/imports/${escapeHtml(r.id)}/${encodeURIComponent(invoice.file.name)}">${escapeHtml(invoice.file.name)}</a>.</p>`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">
<title>Invoice ${escapeHtml(r.number)}</title><style>${style}</style></head>
<body><main>
<h1>Invoice ${escapeHtml(r.number)}</h1>
<div class="meta"><p>From<br><strong>${escapeHtml(partyName(organization))}</strong></p><p>To<br><strong>${escapeHtml(partyName(client))}</strong></p>
<p>Issued<br>${escapeHtml(r.issue_date ?? '')}</p><p>Due<br>${escapeHtml(r.due_date ?? '')}</p><p>Status<br>${escapeHtml(r.status)}</p></div>
${r.header ? `<pre>${escapeHtml(r.header)}</pre>` : ''}
${imported}
<table><thead><tr><th scope="col">Item</th><th scope="col" class="num">Quantity</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">VAT rate</th><th scope="col" class="num">Total</th></tr></thead>
<tbody>${rows}</tbody></table>
<p class="num">VAT: ${escapeHtml(vat.value)} ${escapeHtml(vat.currency)}</p>
<p class="num"><strong>Total: ${escapeHtml(total.value)} ${escapeHtml(total.currency)}</strong></p>
${r.footer ? `<pre>${escapeHtml(r.footer)}</pre>` : ''}
${r.terms_and_conditions ? `<h2>Terms and conditions</h2><pre>${escapeHtml(r.terms_and_conditions)}</pre>` : ''}
</main></body></html>`;
}
