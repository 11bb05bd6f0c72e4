/**
 * What is wrong with an embedded XML, as a code the app words in the user's language. Factur-X and
 * EN 16931's CII and UBL syntaxes are UTF-8: an XML declaring another encoding, or whose bytes are not
 * UTF-8, may be read here (leniently) yet be refused by a platform (the PPF or a PDP) that parses it strictly.
 */
export type XmlProblem =
  { code: 'not_well_formed'; line: number; detail: string } | { code: 'not_utf8' } | { code: 'declared_encoding'; encoding: string };

const declaration = /^\uFEFF?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/;

/** The encoding problem of an XML's bytes, if any: its declaration names another encoding than UTF-8, or its bytes are not UTF-8. */
export function xmlEncodingProblem(content: Uint8Array): XmlProblem | undefined {
  const head = new TextDecoder('latin1').decode(content.subarray(0, 200));
  const declared = declaration.exec(head)?.[1];
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { code: 'not_utf8' };
  }
  if (declared !== undefined && declared.toLowerCase() !== 'utf-8') return { code: 'declared_encoding', encoding: declared };
  return undefined;
}
