import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { frenchLegalMentions } from '@composer/shared/constants/french-legal-mentions';
import { decimal } from '@composer/shared/money/decimal';
import type { InvoiceTotals, ItemTotals } from '@composer/shared/money/invoice-totals';
import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';
import { clientDisplayName, type Client } from '@composer/shared/schemas/client';
import type { OrganizationResponse } from '@composer/shared/schemas/organization';
import { memo, type ReactNode } from 'react';
import { deductionSign, formatDate, formatDecimal, formatMoney, formatPercent } from '../../../lib/format.ts';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { parseDecimalInput } from '../model/parse-decimal-input.ts';
import { adjustmentsOf, AmountRow, type Adjustment } from './amount-row.tsx';
import { Fact } from '../../../components/fact.tsx';

function adjustmentLabel(
  key: Adjustment,
  profile: OrganizationProfile,
  welfareType: string,
  t: (descriptor: MessageDescriptor) => string,
): string {
  if (key === 'welfareFund') return welfareType ? t(msg`Welfare fund ${welfareType}`) : t(msg`Welfare fund`);
  if (key === 'withholdingTax') return profile.withholding === 'irpf' ? t(msg`IRPF withholding`) : t(msg`Withholding tax`);
  return t(msg`Stamp duty`);
}

interface DocumentProps {
  /** The document's accessible name, in the UI's language. */
  label: string;
  /** The language the document is written in. */
  language: string;
  values: ComposerValues;
  totals: InvoiceTotals;
  organization: OrganizationResponse['organization'];
  profile: OrganizationProfile;
  client: Client | undefined;
  /** The form's locale, which the typed numbers are read in. */
  locale: string;
  /** The client's, which the document is written in. */
  documentLocale: string;
  currency: string;
}

type Address = { street_address?: string | null; zip_code?: string | null; city?: string | null; country_code?: string | null } | null;

function AddressLines({ address }: { address: Address | undefined }) {
  if (!address?.street_address) return null;
  return (
    <>
      <span>{address.street_address}</span>
      <span>
        {address.zip_code} {address.city} {address.country_code}
      </span>
    </>
  );
}

const sameAddress = (a: Address | undefined, b: Address | undefined) =>
  a?.street_address === b?.street_address && a?.zip_code === b?.zip_code && a?.city === b?.city;

function percentOf(text: string, locale: string, documentLocale: string): string {
  const parsed = parseDecimalInput(text, locale);
  return parsed === undefined ? '—' : formatPercent(decimal(parsed).div(100).toFixed(), documentLocale);
}

/** Lines per group of the document's line table (see the table). */
const linesPerGroup = 25;

/** One line of the document; memoised on its text, so a refresh re-renders only the lines that changed. */
const DocumentLine = memo(function DocumentLine({
  item,
  net,
  locale,
  documentLocale,
  currency,
}: {
  item: ItemValues;
  net: string;
  locale: string;
  documentLocale: string;
  currency: string;
}) {
  const quantity = parseDecimalInput(item.quantity, locale);
  const price = parseDecimalInput(item.unit_price, locale);
  return (
    <div role="row" className="doc-row">
      <div role="cell">
        <span className="doc-line-title">{item.title || '—'}</span>
        {item.description && <span className="doc-line-description">{item.description}</span>}
      </div>
      <div role="cell" className="numeric">
        {quantity === undefined ? item.quantity : formatDecimal(quantity, documentLocale)} {item.unit}
      </div>
      <div role="cell" className="numeric">
        {price === undefined ? '—' : formatMoney(price, currency, documentLocale)}
      </div>
      <div role="cell" className="numeric">
        {item.discount_type === 'percentage' && `−${percentOf(item.discount_value, locale, documentLocale)}`}
        {item.discount_type === 'absolute' &&
          `−${formatMoney(parseDecimalInput(item.discount_value, locale) ?? '0', currency, documentLocale)}`}
      </div>
      <div role="cell" className="numeric">
        {percentOf(item.vat_rate, locale, documentLocale)}
        {item.vat_exemption_reason && <span className="doc-line-description">{item.vat_exemption_reason}</span>}
      </div>
      <div role="cell" className="numeric">
        {formatMoney(net, currency, documentLocale)}
      </div>
    </div>
  );
});

const netOf = (lineTotals: readonly ItemTotals[], index: number) => lineTotals[index]?.taxable.value ?? '0.00';

interface LineGroupProps {
  /** The group's first line's index in `items`. */
  first: number;
  items: readonly ItemValues[];
  lineTotals: readonly ItemTotals[];
  locale: string;
  documentLocale: string;
  currency: string;
}

/**
 * A group of the document's lines. A refresh hands every group the whole invoice; a group whose own lines and
 * figures are the ones it shows is skipped without visiting its lines, so a refresh of a long invoice re-renders
 * the group that changed, not one component per line.
 */
const DocumentLineGroup = memo(function DocumentLineGroup({ first, items, lineTotals, ...formats }: LineGroupProps) {
  const lines: ReactNode[] = [];
  for (let index = first; index < Math.min(items.length, first + linesPerGroup); index += 1)
    lines.push(<DocumentLine key={index} item={items[index]!} net={netOf(lineTotals, index)} {...formats} />);
  return (
    <div role="rowgroup" className="doc-line-group">
      {lines}
    </div>
  );
}, sameLineGroup);

function sameLineGroup(a: LineGroupProps, b: LineGroupProps): boolean {
  if (a.first !== b.first || a.locale !== b.locale || a.documentLocale !== b.documentLocale || a.currency !== b.currency) return false;
  for (let index = a.first; index < a.first + linesPerGroup; index += 1)
    if (a.items[index] !== b.items[index] || netOf(a.lineTotals, index) !== netOf(b.lineTotals, index)) return false;
  return true;
}

/**
 * The invoice as the client will receive it, laid out as an A4 page: the issuer's identity and legal
 * details, the client's addresses and identifiers, dates, lines, the VAT breakdown per rate, totals,
 * payment details and legal mentions, and the Italian or Spanish blocks where they apply.
 */
export function InvoiceDocument({
  label,
  language,
  values,
  totals,
  organization,
  profile,
  client,
  locale,
  documentLocale,
  currency,
}: DocumentProps) {
  const { t } = useLingui();
  const money = (value: string) => formatMoney(value, currency, documentLocale);
  const account = organization.bank_accounts.find((bank) => bank.iban === values.iban);
  const mention = (key: keyof typeof frenchLegalMentions) =>
    values.settings[key].trim() || (profile.defaultLegalMentions ? frenchLegalMentions[key] : '');
  const delivery = client?.delivery_address;
  const vatNumber = values.settings.vat_number.trim() || organization.vat_number;
  const clientVat = client?.vat_number;
  return (
    <article className="invoice-document" aria-label={label} lang={language}>
      <header className="doc-head">
        <div className="doc-issuer">
          <strong>{organization.legal_name}</strong>
          <AddressLines address={organization.address} />
          {organization.legal_form && organization.legal_number && (
            <span>
              {organization.legal_form} · {organization.legal_number}
            </span>
          )}
          {vatNumber && <span>{t`VAT ${vatNumber}`}</span>}
          {organization.contact_email && <span>{organization.contact_email}</span>}
        </div>
        <div className="doc-title">
          <p className="doc-kind">
            <Trans>Invoice</Trans>
          </p>
          <p>{values.number || t`(number on creation)`}</p>
        </div>
      </header>

      <section className="doc-parties" aria-label={t`Client`}>
        <div>
          <p className="doc-label">
            <Trans>Billed to</Trans>
          </p>
          <strong>{client ? clientDisplayName(client) : t`choose a client`}</strong>
          <AddressLines address={client?.billing_address} />
          {client?.tax_identification_number && (
            <span>
              <Trans>SIREN/Tax id {client.tax_identification_number}</Trans>
            </span>
          )}
          {clientVat && <span>{t`VAT ${clientVat}`}</span>}
        </div>
        {delivery && !sameAddress(delivery, client?.billing_address) && (
          <div>
            <p className="doc-label">
              <Trans>Delivered to</Trans>
            </p>
            <AddressLines address={delivery} />
          </div>
        )}
      </section>

      <dl className="doc-dates">
        <Fact term={<Trans>Issue date</Trans>}>{formatDate(values.issue_date, documentLocale)}</Fact>
        <Fact term={<Trans>Due date</Trans>}>{formatDate(values.due_date, documentLocale)}</Fact>
        {(values.performance_start_date || values.performance_end_date) && (
          <Fact term={<Trans>Service period</Trans>}>
            {formatDate(values.performance_start_date, documentLocale)} – {formatDate(values.performance_end_date, documentLocale)}
          </Fact>
        )}
        {values.purchase_order && <Fact term={<Trans>Purchase order</Trans>}>{values.purchase_order}</Fact>}
      </dl>

      {values.header && <p className="doc-text">{values.header}</p>}

      {/* An ARIA table rather than a <table>: a table lays out every row again when one cell changes (a
          refresh of a 1,000-line invoice cost 30 ms, 120 ms on a slow laptop), while these rows have
          fixed columns and are grouped, and a group out of view is not laid out at all. */}
      <div role="table" className="doc-lines" aria-label={t`Invoice lines`}>
        <div role="rowgroup">
          <div role="row" className="doc-row doc-row-head">
            <div role="columnheader">
              <Trans>Description</Trans>
            </div>
            <div role="columnheader" className="numeric">
              <Trans>Qty</Trans>
            </div>
            <div role="columnheader" className="numeric">
              <Trans>Unit price</Trans>
            </div>
            <div role="columnheader" className="numeric">
              <Trans>Discount</Trans>
            </div>
            <div role="columnheader" className="numeric">
              <Trans>VAT</Trans>
            </div>
            <div role="columnheader" className="numeric">
              <Trans>Total excl. VAT</Trans>
            </div>
          </div>
        </div>
        {Array.from({ length: Math.ceil(values.items.length / linesPerGroup) }, (_, group) => (
          <DocumentLineGroup
            key={group}
            first={group * linesPerGroup}
            items={values.items}
            lineTotals={totals.items}
            locale={locale}
            documentLocale={documentLocale}
            currency={currency}
          />
        ))}
      </div>

      <div className="doc-summary">
        <table className="doc-vat" aria-label={t`VAT breakdown`}>
          <thead>
            <tr>
              <th scope="col">
                <Trans>VAT rate</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Base</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>VAT</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.vatByRate.map((group) => (
              <tr key={group.rate}>
                <td>{formatPercent(group.rate, documentLocale)}</td>
                <td className="numeric">{money(group.taxable.value)}</td>
                <td className="numeric">{money(group.vat.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="doc-totals">
          {totals.itemDiscounts.cents + totals.globalDiscount.cents > 0 && (
            <Fact term={<Trans>Discounts</Trans>}>
              {deductionSign}
              {money(decimal(totals.itemDiscounts.value).plus(totals.globalDiscount.value).toFixed(2))}
            </Fact>
          )}
          <Fact term={<Trans>Total excl. VAT</Trans>}>{money(totals.taxable.value)}</Fact>
          <Fact term={<Trans>VAT</Trans>}>{money(totals.vat.value)}</Fact>
          {adjustmentsOf(totals).map(({ key, value, negative }) => (
            <AmountRow
              key={key}
              label={adjustmentLabel(key, profile, values.italy.welfare_type, t)}
              amount={money(value)}
              negative={negative}
            />
          ))}
          <Fact className="doc-grand-total" term={<Trans>Total due</Trans>}>
            {money(totals.total.value)}
          </Fact>
        </dl>
      </div>

      <section className="doc-payment" aria-label={t`Payment`}>
        <p className="doc-label">
          <Trans>Payment</Trans>
        </p>
        <span>
          <Trans>
            By transfer before {formatDate(values.due_date, documentLocale)} to IBAN {values.iban}
            {account?.bic ? t` · BIC ${account.bic}` : ''}
          </Trans>
        </span>
        {profile.italianBlocks && (values.italy.payment_conditions || values.italy.payment_method) && (
          <span>
            {values.italy.payment_conditions} {values.italy.payment_method}
          </span>
        )}
        {mention('discount_conditions') && <span>{mention('discount_conditions')}</span>}
        {mention('late_payment_penalties') && <span>{mention('late_payment_penalties')}</span>}
        {mention('legal_fixed_compensation') && <span>{mention('legal_fixed_compensation')}</span>}
      </section>

      {values.terms_and_conditions && <p className="doc-text">{values.terms_and_conditions}</p>}
      {values.footer && <footer className="doc-text doc-footer">{values.footer}</footer>}
    </article>
  );
}
