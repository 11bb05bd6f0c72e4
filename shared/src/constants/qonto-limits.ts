/** Limits from Qonto's reference for uploads and bulk import. */
export const qontoLimits = {
  bulkMaxFiles: 5,
  bulkMaxFileBytes: 5 * 1024 * 1024,
  bulkMaxRequestBytes: 15 * 1024 * 1024,
  uploadMaxFileBytes: 5 * 1024 * 1024,
  perPageMax: 100,
} as const;

/** The OAuth scopes this product asks for (write is singular, read plural, as Qonto spells them). */
export const composerScopes = [
  'offline_access',
  'organization.read',
  'client.read',
  'client.write',
  'client_invoice.write',
  'client_invoices.read',
] as const;
