/**
 * Limits from Qonto's reference for uploads and bulk import, read the safe way: "5 MB" and "15 MB" may be
 * decimal, so they are 5,000,000 and 15,000,000 bytes, and a size of exactly the limit is accepted ("must
 * not exceed"). The 15 MB is "the whole request body", multipart framing included.
 */
export const qontoLimits = {
  bulkMaxFiles: 5,
  bulkMaxFileBytes: 5_000_000,
  bulkMaxRequestBytes: 15_000_000,
  /**
   * The upload reference states no size; Qonto's docs accept attachments (PDF, JPEG, PNG) "up to 15 MB"
   * (docs.qonto.com › MCP › Uploading attachments), so that is the ceiling, read as 15,000,000 bytes.
   */
  uploadMaxFileBytes: 15_000_000,
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
  'einvoicing.read',
  'product.read',
  'product.write',
  'attachment.read',
] as const;
