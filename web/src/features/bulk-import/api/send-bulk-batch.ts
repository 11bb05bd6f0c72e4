import { qontoErrorEnvelopeSchema } from '@composer/shared/errors/error-envelope';
import { bulkImportResponseSchema, type BulkImportResponse } from '@composer/shared/schemas/uploads';
import { ApiError } from '../../../lib/api-error.ts';
import { qontoPath } from '../../../lib/organization-scope.ts';

export interface SentBatch {
  done: Promise<BulkImportResponse>;
  abort: () => void;
}

/** One bulk request through the app server, with upload progress (which fetch cannot report). */
export function sendBulkBatch(
  organizationId: string,
  files: { file: File; name: string }[],
  onProgress: (loaded: number, total: number) => void,
): SentBatch {
  const request = new XMLHttpRequest();
  const body = new FormData();
  for (const { file, name } of files) body.append('client_invoices', file, name);
  const done = new Promise<BulkImportResponse>((resolve, reject) => {
    request.open('POST', qontoPath(organizationId, '/v2/client_invoices/bulk'));
    request.setRequestHeader('X-CSRF', '1');
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'text';
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    request.onerror = () => reject(new ApiError(0, [{ code: 'network_error', detail: 'The app server could not be reached.' }]));
    request.onabort = () => reject(new DOMException('Cancelled', 'AbortError'));
    request.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        json = undefined;
      }
      const traceId = request.getResponseHeader('x-tyk-trace-id') ?? undefined;
      if (request.status === 200) {
        const parsed = bulkImportResponseSchema.safeParse(json);
        if (parsed.success && parsed.data.client_invoices.length === files.length) return resolve(parsed.data);
        return reject(
          new ApiError(
            request.status,
            [{ code: 'unexpected_answer', detail: 'Qonto answered the import in a shape this app does not understand.' }],
            traceId,
          ),
        );
      }
      const envelope = qontoErrorEnvelopeSchema.safeParse(json);
      reject(
        new ApiError(
          request.status,
          envelope.success ? envelope.data.errors : [{ code: 'unexpected_answer', detail: `The import failed (${request.status}).` }],
          envelope.data?.trace_id ?? traceId,
        ),
      );
    };
    request.send(body);
  });
  return { done, abort: () => request.abort() };
}
