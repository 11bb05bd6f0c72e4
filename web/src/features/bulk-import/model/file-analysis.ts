import type { SupportedFileType } from '@composer/shared/files/file-signature';
import type { EInvoiceDetection } from '@composer/shared/einvoice';

/** What the worker learns about a file before anything is sent. */
export interface FileAnalysis {
  sha256: string;
  type: SupportedFileType | null;
  einvoice: EInvoiceDetection | { status: 'unreadable'; reason: string; attachments: string[] };
}

export type AnalysisRequest = { id: string; file: File };
export type AnalysisAnswer = { id: string; analysis: FileAnalysis } | { id: string; error: string };
