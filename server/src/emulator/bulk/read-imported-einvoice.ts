import { detectEInvoice, readPdfAttachments, type EInvoiceData, type PdfReader } from '@composer/shared/einvoice';

let reader: Promise<PdfReader> | undefined;
/** pdf.js is loaded on the first PDF that may carry a file, not at start-up. */
const pdfReader = () => (reader ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => module as unknown as PdfReader));

/**
 * The e-invoice embedded in an imported PDF (Factur-X, ZUGFeRD, XRechnung, UBL), read with the same reader
 * the app uses in the browser; undefined for a PDF without one, an image or an unreadable file. Only PDFs
 * that name an embedded file (or hide their dictionaries in object streams) are opened.
 */
export async function readImportedEInvoice(bytes: Buffer, contentType: string): Promise<EInvoiceData | undefined> {
  if (contentType !== 'application/pdf') return undefined;
  if (!bytes.includes('/EmbeddedFile') && !bytes.includes('/ObjStm')) return undefined;
  try {
    const detection = detectEInvoice(await readPdfAttachments(await pdfReader(), new Uint8Array(bytes)));
    return detection.status === 'found' ? detection.data : undefined;
  } catch {
    return undefined;
  }
}
