import { qontoLimits } from '@composer/shared/constants/qonto-limits';
import type { QontoError } from '@composer/shared/errors/error-envelope';
import type { FileAnalysis } from './file-analysis.ts';

export type ImportStatus =
  'checking' | 'ready' | 'rejected' | 'duplicate' | 'already-imported' | 'queued' | 'uploading' | 'imported' | 'failed' | 'cancelled';

/** Why a file is not (or no longer) on its way; the page words it in the reader's language. */
export type ImportReason =
  | { kind: 'too-large' }
  | { kind: 'empty' }
  | { kind: 'not-a-document' }
  | { kind: 'same-content'; as: string }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'refused'; errors: QontoError[]; traceId: string | undefined }
  | { kind: 'cancelled' };

export interface ImportFile {
  id: string;
  file: File;
  name: string;
  size: number;
  status: ImportStatus;
  reason?: ImportReason;
  analysis?: FileAnalysis;
  invoiceId?: string;
  importedAt?: string;
  sentBytes: number;
}

export type ImportAction =
  | { type: 'added'; files: { id: string; file: File }[] }
  | { type: 'analysed'; id: string; analysis: FileAnalysis; imported?: { invoiceId: string; importedAt: string } }
  | { type: 'analysis-failed'; id: string; message: string }
  | { type: 'queued'; ids: string[] }
  | { type: 'progress'; ids: string[]; loaded: number; total: number }
  | { type: 'imported'; results: { id: string; invoiceId: string; alreadyImported: boolean; importedAt: string }[] }
  | { type: 'failed'; ids: string[]; errors: QontoError[]; traceId: string | undefined }
  | { type: 'cancelled' }
  | { type: 'cleared' };

function update(files: ImportFile[], ids: Iterable<string>, change: (file: ImportFile) => ImportFile): ImportFile[] {
  const wanted = new Set(ids);
  return files.map((file) => (wanted.has(file.id) ? change(file) : file));
}

/** The import page's file list: every file's state from drop to result; one bad file never blocks the others. */
export function importReducer(files: ImportFile[], action: ImportAction): ImportFile[] {
  switch (action.type) {
    case 'added':
      return [
        ...files,
        ...action.files.map(({ id, file }): ImportFile => {
          const base = { id, file, name: file.name, size: file.size, sentBytes: 0 };
          if (file.size > qontoLimits.bulkMaxFileBytes) return { ...base, status: 'rejected', reason: { kind: 'too-large' } };
          if (file.size === 0) return { ...base, status: 'rejected', reason: { kind: 'empty' } };
          return { ...base, status: 'checking' };
        }),
      ];
    case 'analysed':
      return files.map((file) => {
        if (file.id !== action.id || file.status !== 'checking') return file;
        const analysed = { ...file, analysis: action.analysis };
        if (!action.analysis.type) return { ...analysed, status: 'rejected', reason: { kind: 'not-a-document' } };
        const twin = files.find(
          (other) =>
            other.id !== file.id &&
            other.analysis?.sha256 === action.analysis.sha256 &&
            other.status !== 'rejected' &&
            other.status !== 'duplicate',
        );
        if (twin) return { ...analysed, status: 'duplicate', reason: { kind: 'same-content', as: twin.name } };
        if (action.imported)
          return { ...analysed, status: 'already-imported', invoiceId: action.imported.invoiceId, importedAt: action.imported.importedAt };
        return { ...analysed, status: 'ready' };
      });
    case 'analysis-failed':
      return update(files, [action.id], (file) => ({
        ...file,
        status: 'rejected',
        reason: { kind: 'unreadable', detail: action.message },
      }));
    case 'queued':
      return update(files, action.ids, (file) => ({ ...file, status: 'queued', reason: undefined, sentBytes: 0 }));
    case 'progress': {
      const ratio = action.total > 0 ? Math.min(1, action.loaded / action.total) : 0;
      return update(files, action.ids, (file) => ({ ...file, status: 'uploading', sentBytes: Math.round(file.size * ratio) }));
    }
    case 'imported': {
      const byId = new Map(action.results.map((result) => [result.id, result]));
      return files.map((file) => {
        const result = byId.get(file.id);
        if (!result) return file;
        return {
          ...file,
          status: result.alreadyImported ? 'already-imported' : 'imported',
          invoiceId: result.invoiceId,
          importedAt: result.importedAt,
          sentBytes: file.size,
          reason: undefined,
        };
      });
    }
    case 'failed':
      return update(files, action.ids, (file) => ({
        ...file,
        status: 'failed',
        reason: { kind: 'refused', errors: action.errors, traceId: action.traceId },
        sentBytes: 0,
      }));
    case 'cancelled':
      return files.map((file) =>
        file.status === 'queued' || file.status === 'uploading'
          ? { ...file, status: 'cancelled', reason: { kind: 'cancelled' }, sentBytes: 0 }
          : file,
      );
    case 'cleared':
      return [];
  }
}

export const sendable = (file: ImportFile) => file.status === 'ready' || file.status === 'failed' || file.status === 'cancelled';
