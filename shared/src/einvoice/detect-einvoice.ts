import { readEInvoiceXml, type EInvoiceData } from './parse-einvoice-xml.ts';

export interface Attachment {
  name: string;
  content: Uint8Array;
}

export type EInvoiceDetection =
  | { status: 'none'; attachments: string[] }
  | { status: 'found'; xmlName: string; data: EInvoiceData; attachments: string[] }
  | { status: 'broken'; xmlName: string; reason: string; attachments: string[] };

const preference: Record<EInvoiceData['syntax'], number> = { CII: 0, UBL: 1, 'ZUGFeRD 1': 2 };

function looksLikeXml(content: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(content.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<?xml') || head.startsWith('<');
}

/**
 * Finds the e-invoice among a PDF's attachments by content, whatever they are called; when a PDF
 * carries several (ZUGFeRD 1 and 2), the newer syntax wins. An e-invoice XML that cannot be read is
 * reported, not dropped.
 */
export function detectEInvoice(attachments: readonly Attachment[]): EInvoiceDetection {
  const names = attachments.map((attachment) => attachment.name);
  const found: { name: string; data: EInvoiceData }[] = [];
  let broken: { name: string; reason: string } | undefined;
  for (const attachment of attachments) {
    if (!looksLikeXml(attachment.content)) continue;
    const reading = readEInvoiceXml(new TextDecoder().decode(attachment.content));
    if (reading.kind === 'einvoice') found.push({ name: attachment.name, data: reading.data });
    else if (reading.kind === 'broken') broken ??= { name: attachment.name, reason: reading.reason };
  }
  found.sort((a, b) => preference[a.data.syntax] - preference[b.data.syntax]);
  const best = found[0];
  if (best) return { status: 'found', xmlName: best.name, data: best.data, attachments: names };
  if (broken) return { status: 'broken', xmlName: broken.name, reason: broken.reason, attachments: names };
  return { status: 'none', attachments: names };
}
