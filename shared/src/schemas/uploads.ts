import { z } from 'zod/mini';

/** `POST /v2/client_invoices/uploads` and `GET /v2/client_invoices/uploads/{id}`. */
export const clientInvoiceUploadResponseSchema = z.looseObject({
  data: z.looseObject({
    type: z.string(),
    id: z.string(),
    attributes: z.looseObject({
      id: z.string(),
      organization_id: z.string(),
      filename: z.string(),
      content_type: z.string(),
      file_size: z.int(),
      url: z.string(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  }),
});

export type ClientInvoiceUploadResponse = z.infer<typeof clientInvoiceUploadResponseSchema>;

/** `POST /v2/client_invoices/bulk`. */
export const bulkImportResponseSchema = z.looseObject({
  client_invoices: z.array(z.looseObject({ invoice_id: z.string(), file_name: z.optional(z.string()) })),
});

export type BulkImportResponse = z.infer<typeof bulkImportResponseSchema>;
