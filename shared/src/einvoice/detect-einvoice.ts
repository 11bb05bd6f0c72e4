import { readEInvoiceXml, type EInvoiceData } from './parse-einvoice-xml.ts';
import { xmlEncodingProblem, type XmlProblem } from './xml-problem.ts';

export interface Attachment {
  name: string;
  content: Uint8Array;
}

export type EInvoiceDetection =
  | { status: 'none'; attachments: string[] }
  /** Read; `problem` when the XML was read leniently and a strict platform may refuse it. */
  | { status: 'found'; xmlName: string; data: EInvoiceData; attachments: string[]; problem?: XmlProblem }
  | { status: 'broken'; xmlName: string; problem: XmlProblem; attachments: string[] };

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
  const found: { name: string; data: EInvoiceData; problem: XmlProblem | undefined }[] = [];
  let broken: { name: string; problem: XmlProblem } | undefined;
  for (const attachment of attachments) {
    if (!looksLikeXml(attachment.content)) continue;
    const reading = readEInvoiceXml(new TextDecoder().decode(attachment.content));
    if (reading.kind === 'einvoice')
      found.push({ name: attachment.name, data: reading.data, problem: xmlEncodingProblem(attachment.content) });
    else if (reading.kind === 'broken') broken ??= { name: attachment.name, problem: reading.problem };
  }
  found.sort((a, b) => preference[a.data.syntax] - preference[b.data.syntax]);
  const best = found[0];
  if (best) {
    const { name, data, problem } = best;
    return { status: 'found', xmlName: name, data, attachments: names, ...(problem ? { problem } : {}) };
  }
  if (broken) return { status: 'broken', xmlName: broken.name, problem: broken.problem, attachments: names };
  return { status: 'none', attachments: names };
}
