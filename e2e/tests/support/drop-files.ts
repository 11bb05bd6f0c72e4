import type { Locator } from '@playwright/test';

export interface DroppedFile {
  name: string;
  /** Content as base64 (small files built here), or a generated PDF of this many bytes. */
  base64?: string;
  pdfBytes?: number;
  text?: string;
  seed?: string;
}

/** Drops files on an element the way a browser does: a `drop` event carrying a DataTransfer of Files. */
export async function dropFiles(target: Locator, files: DroppedFile[]): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      let bytes: Uint8Array;
      if (spec.base64 !== undefined) bytes = Uint8Array.from(atob(spec.base64), (char) => char.charCodeAt(0));
      else if (spec.pdfBytes !== undefined) {
        const head = `%PDF-1.4\n% ${spec.seed ?? spec.name}\n`;
        const tail = '\n%%EOF\n';
        bytes = new TextEncoder().encode(head + 'x'.repeat(Math.max(0, spec.pdfBytes - head.length - tail.length)) + tail);
      } else bytes = new TextEncoder().encode(spec.text ?? '');
      transfer.items.add(new File([bytes as BlobPart], spec.name, { type: spec.name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
