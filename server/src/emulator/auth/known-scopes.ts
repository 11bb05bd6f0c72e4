/** Every scope Qonto's authorization server knows; anything else is `invalid_scope`. */
export const knownScopes = new Set([
  'attachment.read', 'attachment.write', 'bank_account.write', 'beneficiary.trust', 'card.read', 'card.write',
  'client.read', 'client.write', 'client_invoice.write', 'client_invoices.read', 'einvoicing.read',
  'embed_auth_link.write', 'insurance_contract.read', 'insurance_contract.write', 'internal_transfer.write',
  'international_transfer.write', 'membership.read', 'membership.write', 'offline_access', 'organization.read',
  'payment.write', 'payment_link.read', 'payment_link.write', 'product.read', 'product.write',
  'request_cards.write', 'request_review.write', 'request_transfers.write', 'sepa_direct_debit.read',
  'sepa_direct_debit.write', 'supplier_invoice.read', 'supplier_invoice.write', 'team.read', 'team.write',
  'terminal.read', 'terminal.write', 'webhook',
]);
