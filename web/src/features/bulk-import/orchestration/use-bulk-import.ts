import { qontoLimits } from '@composer/shared/constants/qonto-limits';
import type { QontoError } from '@composer/shared/errors/error-envelope';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-error.ts';
import { nameForUpload } from '../../../lib/name-for-upload.ts';
import { importReducer, sendable, type ImportFile } from '../model/import-state.ts';
import { packBatches } from '../model/pack-batches.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { importLog, recordImports, type ImportLogEntry } from './import-log.ts';
import { sendBulkBatch, type SentBatch } from '../api/send-bulk-batch.ts';

const concurrentRequests = 2;
let nextId = 0;

/** Drop → analyse (in workers) → review → send in batches, with progress, cancel, retry and a local log. */
export function useBulkImport(organizationId: string) {
  const [files, dispatch] = useReducer(importReducer, []);
  const [sending, setSending] = useState(false);
  const [forbidden, setForbidden] = useState<QontoError[]>();
  const pool = useRef<AnalysisPool | null>(null);
  const log = useRef<Promise<Map<string, ImportLogEntry>> | null>(null);
  const inFlight = useRef(new Set<SentBatch>());
  const cancelled = useRef(false);
  const filesRef = useRef(files);
  useEffect(() => {
    filesRef.current = files;
  }, [files]);
  const queryClient = useQueryClient();

  useEffect(() => () => pool.current?.terminate(), []);
  const logFor = useCallback(() => (log.current ??= importLog(organizationId).catch(() => new Map())), [organizationId]);

  const add = useCallback(
    (dropped: File[]) => {
      const entries = dropped.map((file) => ({ id: `file-${(nextId += 1)}`, file }));
      dispatch({ type: 'added', files: entries });
      pool.current ??= new AnalysisPool();
      for (const { id, file } of entries) {
        if (file.size === 0 || file.size > qontoLimits.bulkMaxFileBytes) continue;
        pool.current
          .analyse(id, file)
          .then(async (analysis) => {
            const known = (await logFor()).get(analysis.sha256);
            dispatch({
              type: 'analysed',
              id,
              analysis,
              ...(known ? { imported: { invoiceId: known.invoiceId, importedAt: known.importedAt } } : {}),
            });
          })
          .catch((error: Error) => dispatch({ type: 'analysis-failed', id, message: error.message }));
      }
    },
    [logFor],
  );

  const sendOne = useCallback(
    async (batch: ImportFile[]) => {
      const ids = batch.map((file) => file.id);
      const sent = sendBulkBatch(
        organizationId,
        batch.map((file) => ({ file: file.file, name: nameForUpload(file.name, file.analysis?.type) })),
        (loaded, total) => dispatch({ type: 'progress', ids, loaded, total }),
      );
      inFlight.current.add(sent);
      try {
        const answer = await sent.done;
        const known = await logFor();
        const knownIds = new Set([...known.values()].map((entry) => entry.invoiceId));
        const importedAt = new Date().toISOString();
        const results = batch.map((file, i) => {
          const invoiceId = answer.client_invoices[i]!.invoice_id;
          return { id: file.id, invoiceId, alreadyImported: knownIds.has(invoiceId), importedAt };
        });
        const entries = batch.map((file, i) => ({
          organizationId,
          sha256: file.analysis!.sha256,
          fileName: file.name,
          size: file.size,
          invoiceId: results[i]!.invoiceId,
          importedAt,
        }));
        for (const entry of entries) known.set(entry.sha256, entry);
        await recordImports(entries).catch(() => undefined);
        dispatch({ type: 'imported', results });
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        if (error instanceof ApiError && error.status === 403) setForbidden(error.errors);
        const { errors, traceId } =
          error instanceof ApiError
            ? error
            : { errors: [{ code: 'unexpected_error', detail: (error as Error).message }], traceId: undefined };
        dispatch({ type: 'failed', ids, errors, traceId });
      } finally {
        inFlight.current.delete(sent);
      }
    },
    [logFor, organizationId],
  );

  const send = useCallback(async () => {
    const batches = packBatches(filesRef.current.filter(sendable));
    if (batches.length === 0) return;
    cancelled.current = false;
    setSending(true);
    dispatch({ type: 'queued', ids: batches.flat().map((file) => file.id) });
    const queue = [...batches];
    const worker = async () => {
      for (let batch = queue.shift(); batch && !cancelled.current; batch = queue.shift()) await sendOne(batch);
    };
    await Promise.all(Array.from({ length: concurrentRequests }, worker));
    setSending(false);
    void queryClient.invalidateQueries({ queryKey: ['client_invoices'] });
  }, [queryClient, sendOne]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    for (const batch of inFlight.current) batch.abort();
    dispatch({ type: 'cancelled' });
  }, []);

  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);

  return { files, add, send, cancel, clear, sending, forbidden };
}
