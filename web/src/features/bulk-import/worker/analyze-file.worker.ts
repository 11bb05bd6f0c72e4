import { detectFileType, fileSignatureLength } from '@composer/shared/files/file-signature';
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { AnalysisAnswer, AnalysisRequest, FileAnalysis } from '../model/file-analysis.ts';
import { detectEInvoice, readPdfAttachments, type PdfReader } from '@composer/shared/einvoice';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(answer: AnalysisAnswer): void;
};

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Off the main thread: type by signature, SHA-256, and the embedded e-invoice XML of PDFs. */
async function analyse(file: File): Promise<FileAnalysis> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const type = detectFileType(bytes.subarray(0, fileSignatureLength)) ?? null;
  const sha256 = hex(await crypto.subtle.digest('SHA-256', buffer));
  if (type !== 'application/pdf') return { sha256, type, einvoice: { status: 'none', attachments: [] } };
  try {
    return { sha256, type, einvoice: detectEInvoice(await readPdfAttachments(pdfjs as unknown as PdfReader, bytes.slice())) };
  } catch (error) {
    return {
      sha256,
      type,
      einvoice: { status: 'unreadable', reason: (error as Error).message, attachments: [] },
    };
  }
}

scope.onmessage = (event) => {
  const { id, file } = event.data;
  analyse(file).then(
    (analysis) => scope.postMessage({ id, analysis }),
    (error: unknown) => scope.postMessage({ id, error: (error as Error).message }),
  );
};
