import type { Attachment } from './detect-einvoice.ts';

/** The part of pdf.js this reads with (the browser and Node builds both provide it). */
export interface PdfReader {
  getDocument(source: { data: Uint8Array; isEvalSupported?: boolean; stopAtErrors?: boolean }): {
    promise: Promise<{
      getAttachments(): Promise<Map<string, { filename: string; content?: Uint8Array | null | undefined }> | null>;
      getAttachmentContent(id: string): Promise<Uint8Array | null>;
    }>;
    destroy(): Promise<void>;
  };
}

/** A PDF's embedded files, read with pdf.js. */
export async function readPdfAttachments(pdf: PdfReader, bytes: Uint8Array): Promise<Attachment[]> {
  const loading = pdf.getDocument({ data: bytes, isEvalSupported: false });
  try {
    const document = await loading.promise;
    const attachments = await document.getAttachments();
    const result: Attachment[] = [];
    for (const [id, attachment] of attachments ?? []) {
      const content = attachment.content ?? (await document.getAttachmentContent(id));
      if (content) result.push({ name: attachment.filename || id, content });
    }
    return result;
  } finally {
    await loading.destroy();
  }
}
