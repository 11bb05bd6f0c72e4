import { clientInvoiceUploadResponseSchema } from '@composer/shared/schemas/uploads';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

export function useUploadAttachment() {
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: async (file: File) => {
      // Loaded with the first file: the content checks are not part of the page's first load.
      const { nameForFile } = await import('../../../lib/name-for-upload.ts');
      const body = new FormData();
      body.append('client_invoices_upload', file, await nameForFile(file));
      return apiRequest(qontoPath(organizationId, '/v2/client_invoices/uploads'), {
        method: 'POST',
        body,
        schema: clientInvoiceUploadResponseSchema,
      }).then((answer) => answer.data);
    },
  });
}

export function useUpload(id: string) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ['uploads', id],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, `/v2/client_invoices/uploads/${encodeURIComponent(id)}`), {
        schema: clientInvoiceUploadResponseSchema,
        signal,
      }).then((answer) => answer.data),
    enabled: id !== '',
    staleTime: Infinity,
  });
}
