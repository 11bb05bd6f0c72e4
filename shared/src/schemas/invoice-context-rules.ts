import { decimal } from '../money/decimal.ts';
import { qontoError, type QontoError } from '../errors/error-envelope.ts';
import { clientIssues, type ClientFacts } from '../rules/client-invoiceability.ts';
import { organizationProfile, type OrganizationFacts, type OrganizationProfile } from '../rules/organization-profile.ts';
import type { ClientInvoiceCreatePayload } from './client-invoice-create-payload.ts';

/** What an invoice is checked against beyond its own shape: the organization and the chosen client. */
export interface InvoiceContext {
  organization: OrganizationFacts;
  numberingMode: 'automatic' | 'manual';
  ibans: readonly string[];
  client: ClientFacts;
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

function clientErrors(invoice: ClientInvoiceCreatePayload, client: ClientFacts, profile: OrganizationProfile): QontoError[] {
  const errors = clientIssues(client, profile).map((issue) =>
    issue.invoiceField === 'currency'
      ? unprocessable('invalid', 'currency', issue.message)
      : unprocessable('invalid_client_id', 'client_id', `The client cannot be invoiced yet. ${issue.message}`),
  );
  if (client.currency !== null && client.currency !== invoice.currency) {
    errors.push(unprocessable('invalid', 'currency', `The invoice currency must be the client's (${client.currency}).`, 'ClientCurrency'));
  }
  return errors;
}

function countryErrors(invoice: ClientInvoiceCreatePayload, profile: OrganizationProfile): QontoError[] {
  const errors: QontoError[] = [];
  const italian = profile.italianBlocks;
  if (!italian) {
    for (const field of italianOnly) {
      if (invoice[field] !== undefined) errors.push(unprocessable('invalid', field, `\`${field}\` is for Italian organizations only.`));
    }
  }
  if (invoice.withholding_tax !== undefined) {
    if (profile.withholding === null) {
      errors.push(
        unprocessable('invalid', 'withholding_tax', '`withholding_tax` is only for Italian organizations and Spanish freelancers.'),
      );
    } else if (profile.withholding === 'italian') {
      for (const field of ['reason', 'payment_reason'] as const) {
        if (invoice.withholding_tax[field] === undefined) {
          errors.push(
            unprocessable(
              'missing_field',
              `withholding_tax/${field}`,
              `\`withholding_tax.${field}\` is required for Italian organizations.`,
            ),
          );
        }
      }
    }
  }
  invoice.items.forEach((item, index) => {
    const pointer = `items/${index}/vat_exemption_reason`;
    const reason = item.vat_exemption_reason;
    if (profile.exemptionRequiredAtZeroRate && decimal(item.vat_rate).eq(0) && reason === undefined) {
      errors.push(
        unprocessable(
          'missing_field',
          pointer,
          'Italian organizations must give an exemption reason (N-code) for a 0 % VAT item.',
          'VatRate',
        ),
      );
    } else if (reason !== undefined && !profile.exemptionCodes.includes(reason)) {
      errors.push(
        unprocessable(
          'invalid',
          pointer,
          italian
            ? 'Italian organizations must use an N-code exemption reason.'
            : 'N-code exemption reasons are for Italian organizations only.',
        ),
      );
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
  const profile = organizationProfile(context.organization);
  errors.push(...clientErrors(invoice, context.client, profile), ...countryErrors(invoice, profile));
  return errors;
}

/**
 * "Italian organizations must have e-invoicing activated on the Qonto app in order to use this endpoint":
 * the refusal, or undefined when the organization may create invoices.
 */
export function invoiceCreationRefusal(organization: OrganizationFacts, einvoicingActivated: boolean): QontoError | undefined {
  if (!organizationProfile(organization).needsEinvoicingActivated || einvoicingActivated) return undefined;
  return qontoError(403, {
    code: 'forbidden',
    detail:
      'Italian organizations must have e-invoicing activated on the Qonto app to create invoices: activate it in Qonto, then try again.',
  });
}
