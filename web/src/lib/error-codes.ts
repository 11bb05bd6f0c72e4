import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/**
 * Qonto's error codes and the app server's own, as sentences in the reader's language. Qonto's `detail`
 * stays English (it is Qonto's wording) and is shown beside the sentence as a detail, never instead of it.
 */
/** An error as the reader gets it: a sentence in their language where the code is known, and Qonto's words. */
export interface ErrorLine {
  /** The explanation in the reader's language, for a code the app knows. */
  sentence: string | undefined;
  /** Qonto's (or the app server's) own English words. */
  detail: string | undefined;
}

const sentences: Record<string, MessageDescriptor> = {
  invalid: msg`A value is not accepted.`,
  invalid_format: msg`A value is not in the expected format.`,
  missing_field: msg`A required value is missing.`,
  not_found: msg`Qonto does not know this item (it may have been deleted).`,
  bad_request: msg`Qonto could not understand the request.`,
  invalid_request_format: msg`Qonto could not understand the request.`,
  malformed_json: msg`Qonto could not understand the request.`,
  forbidden: msg`This connection is not allowed to do that.`,
  insufficient_permissions: msg`This connection is not allowed to do that.`,
  unauthorized: msg`The connection to Qonto has expired. Connect again.`,
  token_expired: msg`The connection to Qonto has expired. Connect again.`,
  reauth_required: msg`Qonto asks you to connect again.`,
  organization_not_connected: msg`This organization is not connected in this browser.`,
  organization_access_withdrawn: msg`Qonto no longer gives this app access to this organization. Reconnect it, or disconnect it.`,
  upstream_unavailable: msg`Qonto cannot be reached right now. Nothing was lost; try again in a moment.`,
  upstream_timeout: msg`Qonto took too long to answer. Nothing was lost; try again in a moment.`,
  network_error: msg`The app server could not be reached.`,
  too_many_requests: msg`Too many requests at once. Wait a moment and try again.`,
  internal_server_error: msg`Something went wrong on the server. Nothing was lost; try again.`,
  qonto_configuration_error: msg`The app server is not configured for Qonto correctly.`,
  invalid_client_id: msg`The app server is not configured for Qonto correctly.`,
  request_entity_too_large: msg`The files are too large for one request.`,
  invoice_number_already_exists: msg`This invoice number is already used.`,
  invalid_iban: msg`This IBAN is not one of the organization's accounts.`,
  idempotency_request_in_progress: msg`The same request is still being processed. Wait a moment.`,
  idempotency_outcome_unknown: msg`Qonto did not confirm the outcome. Check the invoices before trying again.`,
  idempotency_key_reused: msg`This request was already sent with other content.`,
  einvoicing_sending_disabled: msg`E-invoicing is not activated for this organization.`,
  currency_not_invoiceable: msg`The client's currency cannot be invoiced through the API.`,
  csrf_check_failed: msg`The page is out of date. Reload it and try again.`,
  misdirected_request: msg`This address does not belong to the app.`,
  length_required: msg`Qonto could not understand the request.`,
  contract_violation: msg`Qonto answered in a way the app does not understand.`,
  unexpected_answer: msg`Qonto answered in a way the app does not understand.`,
  unexpected_error: msg`Something unexpected went wrong.`,
};

/** The sentence for an error code, or undefined for a code this version of the app does not know. */
export function errorSentence(code: string | undefined): MessageDescriptor | undefined {
  return code === undefined ? undefined : sentences[code];
}
