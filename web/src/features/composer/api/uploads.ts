import { clientInvoiceUploadResponseSchema } from '@composer/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { nameForFile } from '../../../lib/name-for-upload.ts';

export function useUploadAttachment() {
  return useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData();
      body.append('client_invoices_upload', file, await nameForFile(file));
      return apiRequest('/api/qonto/v2/client_invoices/uploads', { method: 'POST', body, schema: clientInvoiceUploadResponseSchema }).then(
        (answer) => answer.data,
      );
    },
  });
}

export function useUpload(id: string) {
  return useQuery({
    queryKey: ['uploads', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/qonto/v2/client_invoices/uploads/${encodeURIComponent(id)}`, {
        schema: clientInvoiceUploadResponseSchema,
        signal,
      }).then((answer) => answer.data),
    enabled: id !== '',
    staleTime: Infinity,
  });
}
