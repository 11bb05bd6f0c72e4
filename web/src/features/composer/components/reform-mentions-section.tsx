import { msg, plural } from '@lingui/core/macro';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { clientFacts } from '@composer/shared/rules/client-invoiceability';
import {
  frenchReformMentions,
  operationCategoryFromUnits,
  type ReformMention,
  type ReformMentionCode,
} from '@composer/shared/rules/french-reform-mentions';
import { useWatch } from 'react-hook-form';
import { useClient } from '../api/clients.ts';
import { useComposerForm } from '../form/composer-form.tsx';
import { useChangedValue } from '../form/form-changes.ts';
import { TransactionTypeField, VatPaymentField, transactionTypeLabels } from './settings-choice-fields.tsx';

/** Where each mention is fixed: the client's record (its SIREN or VAT number), or a field here. */
const fixTarget: Record<ReformMentionCode, { id: string; label: MessageDescriptor } | undefined> = {
  client_siren: { id: 'client-fix', label: msg`Edit client` },
  client_eu_vat_number: { id: 'client-fix', label: msg`Edit client` },
  delivery_address: undefined,
  operation_category: { id: 'field-settings-transaction_type', label: msg`Choose the category` },
  vat_on_debits: { id: 'field-settings-vat_payment_condition', label: msg`Choose the VAT payment` },
};

/** The mention in the user's language: what the invoice says, or what is missing and how to fix it. */
function mentionSentence(i18n: I18n, { code, finding, value = '' }: ReformMention): string {
  const t = i18n.t.bind(i18n);
  switch (`${code}.${finding}`) {
    case 'client_eu_vat_number.printed':
      return t(msg`The client's EU VAT number ${value} is printed.`);
    case 'client_eu_vat_number.missing':
      return t(msg`Add the client's EU VAT number to the client.`);
    case 'client_siren.printed':
      return t(msg`The client's SIREN/SIRET ${value} is printed.`);
    case 'client_siren.invalid':
      return t(msg`The client's SIREN/SIRET ${value} is not valid (its check key fails): correct it on the client.`);
    case 'client_siren.missing':
      return t(msg`Add the client's SIREN (or SIRET) to the client.`);
    case 'delivery_address.printed':
      return t(msg`The client's delivery address is printed.`);
    case 'delivery_address.billing_address':
      return t(msg`Delivered to the billing address (the client has no other delivery address).`);
    case 'operation_category.stated': {
      const label = transactionTypeLabels[value];
      const category = label ? t(label) : value;
      return t(msg`Category of the operation: ${category}.`);
    }
    case 'operation_category.missing':
      return t(msg`Choose the category of the operation (goods, services or both): the lines' units do not tell.`);
    case 'vat_on_debits.on_debits':
      return t(msg`VAT is paid on debits (stated).`);
    case 'vat_on_debits.on_receipts':
      return t(msg`VAT is paid on receipts (stated).`);
    default:
      return t(msg`Say whether VAT is paid on receipts or on debits.`);
  }
}

const isUnit = (path: string) => /^items\.\d+\.unit$/.test(path);
const isTransactionType = (path: string) => path === 'settings.transaction_type';
const isVatPaymentCondition = (path: string) => path === 'settings.vat_payment_condition';

/** A client fix opens the client's edit dialog (the client section's "Edit client"); a field is focused. */
function focusFix(id: string) {
  if (id === 'client-fix') {
    const edit = document.getElementById('edit-client');
    if (edit) edit.click();
    else document.getElementById('field-client_id')?.focus();
    return;
  }
  document.getElementById(id)?.focus();
}

/**
 * The French reform's four mandatory B2B mentions, for French organizations: each shown as satisfied
 * or missing with its fix, before the invoice is sent. The category follows the lines' units unless chosen.
 */
export function ReformMentionsSection() {
  const { t, i18n } = useLingui();
  const { control, changes, getValues } = useComposerForm();
  const clientId = useWatch({ control, name: 'client_id' });
  const client = useClient(clientId);
  // The lines' units are read again only when a unit changes: a key press elsewhere costs nothing here.
  const suggested = useChangedValue(changes, () => operationCategoryFromUnits(getValues('items').map((item) => item.unit)) ?? '', isUnit);
  const transactionType = useChangedValue(changes, () => getValues('settings.transaction_type'), isTransactionType);
  const vatPaymentCondition = useChangedValue(changes, () => getValues('settings.vat_payment_condition'), isVatPaymentCondition);
  const chosen = transactionType || suggested;
  const suggestedDescriptor = suggested ? transactionTypeLabels[suggested] : undefined;
  const suggestedLabel = suggestedDescriptor ? t(suggestedDescriptor) : '';
  const facts = client.data ? clientFacts(client.data) : null;
  const mentions = frenchReformMentions({
    client:
      facts && client.data
        ? {
            kind: facts.kind,
            countryCode: facts.countryCode,
            taxIdentificationNumber: facts.taxIdentificationNumber,
            vatNumber: client.data.vat_number ?? null,
            hasDeliveryAddress: Boolean(client.data.delivery_address?.street_address),
          }
        : null,
    transactionType: chosen,
    vatPaymentCondition: vatPaymentCondition || undefined,
  });
  const missing = mentions.filter((mention) => !mention.satisfied).length;
  return (
    <fieldset className="section reform-mentions">
      <legend>
        <Trans>French e-invoicing mentions</Trans>
      </legend>
      <p className="field-hint">
        {missing === 0
          ? t`All four mandatory B2B mentions are on this invoice.`
          : plural(missing, { one: '# mandatory mention missing.', other: '# mandatory mentions missing.' })}
      </p>
      <ul aria-label={t`Mandatory mentions`} className="mention-list">
        {mentions.map((mention) => {
          const fix = fixTarget[mention.code];
          return (
            <li key={mention.code} className={mention.satisfied ? 'mention-ok' : 'mention-missing'}>
              <span>{mention.satisfied ? t`Done:` : t`Missing:`}</span> {mentionSentence(i18n, mention)}
              {!mention.satisfied && fix && (
                <button type="button" className="button-quiet" onClick={() => focusFix(fix.id)}>
                  {t(fix.label)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="grid-2">
        <TransactionTypeField
          label={t`Category of the operation`}
          emptyOption={suggested ? t`From the lines: ${suggestedLabel}` : t`Not stated`}
        />
        <VatPaymentField label={t`VAT payment`} emptyOption={t`Not stated`} />
      </div>
    </fieldset>
  );
}
