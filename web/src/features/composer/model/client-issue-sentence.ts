import { t } from '@lingui/core/macro';
import type { ClientFacts, ClientIssueCode } from '@composer/shared/rules/client-invoiceability';

/** Why Qonto would refuse to invoice the client, in the user's language (the shared rule keeps Qonto's English). */
export function clientIssueSentence(code: ClientIssueCode, client: Pick<ClientFacts, 'currency'>): string {
  const currency = client.currency ?? '';
  switch (code) {
    case 'no_currency':
      return t`The client has no currency: set one on the client (the invoice currency comes from the client).`;
    case 'currency_not_invoiceable':
      return t`The client is billed in ${currency}, but Qonto's API takes item prices in EUR only: set the client's currency to EUR, or create this invoice in the Qonto app.`;
    case 'no_locale':
      return t`The client has no language (locale): set one on the client.`;
    case 'no_billing_address':
      return t`The client has no billing address: add one to the client.`;
    case 'no_siren':
      return t`The client is a French company without SIREN/SIRET: add its tax identification number to the client.`;
    case 'no_province_code':
      return t`The client's billing address has no province code (e.g. MI), which Italian organizations must send: add it to the client's address.`;
  }
}
