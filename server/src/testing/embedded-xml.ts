import { inflateSync } from 'node:zlib';

/**
 * The XML files embedded in a PDF, found the plain way (every Flate stream inflated, XML ones kept), so a
 * test reads the file without trusting the library that wrote it.
 */
export function embeddedXmlFiles(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const found: string[] = [];
  let cursor = 0;
  for (;;) {
    const start = bytes.indexOf('stream', cursor, 'latin1');
    if (start < 0) break;
    let dataStart = start + 'stream'.length;
    if (bytes[dataStart] === 0x0d) dataStart += 1;
    if (bytes[dataStart] === 0x0a) dataStart += 1;
    const end = bytes.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    cursor = end + 'endstream'.length;
    if (bytes.subarray(start - 3, start).toString('latin1') === 'end') continue;
    try {
      const text = inflateSync(bytes.subarray(dataStart, end)).toString('utf8');
      if (text.trimStart().startsWith('<?xml') && text.includes('CrossIndustryInvoice')) found.push(text);
    } catch {
      // not a Flate stream, or not whole: not an embedded XML file
    }
  }
  return found;
}
