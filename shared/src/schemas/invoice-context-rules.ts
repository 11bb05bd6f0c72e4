import { decimal } from '../money/decimal.ts';
import { qontoError, type QontoError } from '../errors/error-envelope.ts';
import type { ClientInvoiceCreatePayload } from './client-invoice-create-payload.ts';

/** What an invoice is checked against beyond its own shape: the organization and the chosen client. */
export interface InvoiceContext {
  organizationCountry: string;
  numberingMode: 'automatic' | 'manual';
  ibans: readonly string[];
  client: InvoiceClientFacts;
}

export interface InvoiceClientFacts {
  kind: string;
  currency: string | null;
  locale: string | null;
  hasBillingAddress: boolean;
  countryCode: string | null;
  taxIdentificationNumber: string | null;
}

const attributes = '/data/attributes';
const italianOnly = ['report_einvoicing', 'payment_reporting', 'welfare_fund', 'stamp_duty_amount'] as const;

function unprocessable(code: string, field: string, detail: string, validationParam?: string): QontoError {
  return qontoError(422, {
    code,
    detail,
    pointer: `${attributes}/${field}`,
    ...(validationParam === undefined ? {} : { validationParam }),
  });
}

function clientErrors(invoice: ClientInvoiceCreatePayload, client: InvoiceClientFacts): QontoError[] {
  const errors: QontoError[] = [];
  if (client.currency === null) {
    errors.push(unprocessable('invalid', 'currency', 'The client has no currency: set one on the client, then create the invoice.'));
  } else if (client.currency !== invoice.currency) {
    errors.push(unprocessable('invalid', 'currency', `The invoice currency must be the client's (${client.currency}).`, 'ClientCurrency'));
  }
  const missing = [
    client.locale === null ? 'a locale' : undefined,
    client.hasBillingAddress ? undefined : 'a billing address',
    client.kind === 'company' && client.countryCode === 'FR' && !client.taxIdentificationNumber
      ? 'a SIREN/SIRET (tax_identification_number)'
      : undefined,
  ].filter((part): part is string => part !== undefined);
  if (missing.length > 0) {
    errors.push(unprocessable('invalid_client_id', 'client_id', `The client cannot be invoiced yet: add ${missing.join(', ')} to the client, then create the invoice.`));
  }
  return errors;
}

function countryErrors(invoice: ClientInvoiceCreatePayload, country: string): QontoError[] {
  const errors: QontoError[] = [];
  const italian = country === 'IT';
  if (!italian) {
    for (const field of italianOnly) {
      if (invoice[field] !== undefined) errors.push(unprocessable('invalid', field, `\`${field}\` is for Italian organizations only.`));
    }
  }
  if (invoice.withholding_tax !== undefined) {
    if (!italian && country !== 'ES') {
      errors.push(unprocessable('invalid', 'withholding_tax', '`withholding_tax` is for Italian and Spanish organizations only.'));
    } else if (italian) {
      for (const field of ['reason', 'payment_reason'] as const) {
        if (invoice.withholding_tax[field] === undefined) {
          errors.push(unprocessable('missing_field', `withholding_tax/${field}`, `\`withholding_tax.${field}\` is required for Italian organizations.`));
        }
      }
    }
  }
  invoice.items.forEach((item, index) => {
    const pointer = `items/${index}/vat_exemption_reason`;
    const reason = item.vat_exemption_reason;
    if (italian && decimal(item.vat_rate).eq(0) && reason === undefined) {
      errors.push(unprocessable('missing_field', pointer, 'Italian organizations must give an exemption reason (N-code) for a 0 % VAT item.', 'VatRate'));
    } else if (italian && reason !== undefined && !reason.startsWith('N')) {
      errors.push(unprocessable('invalid', pointer, 'Italian organizations must use an N-code exemption reason.'));
    } else if (!italian && reason?.startsWith('N')) {
      errors.push(unprocessable('invalid', pointer, 'N-code exemption reasons are for Italian organizations only.'));
    }
  });
  return errors;
}

/**
 * The rules that need to know the organization and the client; the payload's own shape and internal
 * consistency are checked by `clientInvoiceCreatePayloadSchema` first.
 */
export function checkInvoiceInContext(invoice: ClientInvoiceCreatePayload, context: InvoiceContext): QontoError[] {
  const errors: QontoError[] = [];
  if (context.numberingMode === 'manual' && invoice.number === undefined) {
    errors.push(unprocessable('missing_field', 'number', 'A number is required: the organization numbers its invoices manually.'));
  }
  if (!context.ibans.includes(invoice.payment_methods.iban)) {
    errors.push(unprocessable('invalid_iban', 'payment_methods/iban', "The IBAN must be one of the organization's Qonto accounts."));
  }
  errors.push(...clientErrors(invoice, context.client), ...countryErrors(invoice, context.organizationCountry));
  return errors;
}
