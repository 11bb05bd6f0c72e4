import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { formatJsonPointer, valueAtPointer } from '@composer/shared';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

/**
 * Qonto's own descriptions of the four invoice operations, read from `shared/reference/` beside the
 * repository (never copied into it). Where that folder is absent, `referenceAvailable` is false and no
 * answer is checked against it.
 */
export const referenceDirectory = fileURLToPath(new URL('../../../../shared/reference/qonto-openapi/', import.meta.url));
export const referenceFiles = [
  'create_client_invoice_upload.yaml',
  'get_client_invoice_upload.yaml',
  'bulk_import_client_invoices.yaml',
  'create_client_invoice.yaml',
];
export const referenceAvailable = referenceFiles.every((file) => existsSync(`${referenceDirectory}${file}`));

/**
 * The reference lists these invoice fields as required strings; an invoice that has no such value (no
 * performance period, not yet paid, not finalized, no stamp duty, no legal mention outside France) leaves
 * them out rather than sending `null`, which the reference's type forbids. Only these are relaxed.
 */
export const omittedWhenAbsent = [
  'performance_date',
  'performance_start_date',
  'performance_end_date',
  'finalized_at',
  'paid_at',
  'stamp_duty_amount',
  'discount_conditions',
  'late_payment_penalties',
  'legal_fixed_compensation',
  'issue_date',
  'due_date',
  // A draft in automatic numbering has no number until it is finalized (Qonto's Factur-X guide).
  'number',
] as const;

/**
 * Error codes Qonto answers that the reference's enums omit: `invalid_iban` ("IBAN is empty" when the
 * organization has no invoicing IBAN, or an IBAN that is not the organization's; API notes, integrators).
 */
export const codesBeyondTheReference = new Set(['invalid_iban']);

/** Statuses a gateway in front of Qonto answers whatever the operation; the reference does not list them. */
const gatewayStatuses = new Set([413, 429, 503]);

interface ReferenceOperation {
  file: string;
  template: RegExp;
  method: string;
  responses: Json;
  validators: Map<number, ValidateFunction>;
}

function relax(doc: Json): Json {
  const schema = ((doc.components as Json | undefined)?.schemas as Json | undefined)?.ClientInvoice as Json | undefined;
  if (schema && Array.isArray(schema.required)) {
    schema.required = (schema.required as string[]).filter((field) => !(omittedWhenAbsent as readonly string[]).includes(field));
  }
  return doc;
}

function loadOperations(): ReferenceOperation[] {
  if (!referenceAvailable) return [];
  return referenceFiles.flatMap((file) => {
    const doc = relax(parse(readFileSync(`${referenceDirectory}${file}`, 'utf8')) as Json);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormatsPlugin as unknown as (instance: Ajv2020) => void)(ajv);
    ajv.addSchema(doc, file);
    return Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => {
          const responses = operation.responses as Json;
          const validators = new Map<number, ValidateFunction>();
          for (const status of Object.keys(responses)) {
            const response = responses[status] as Json;
            const pointer =
              typeof response.$ref === 'string'
                ? `${response.$ref.slice(1)}/content/application~1json/schema`
                : `${formatJsonPointer(['paths', path, method, 'responses', status])}/content/application~1json/schema`;
            const target = typeof response.$ref === 'string' ? (valueAtPointer(doc, response.$ref.slice(1)) as Json) : response;
            if ((target.content as Json | undefined)?.['application/json'])
              validators.set(Number(status), ajv.compile({ $ref: `${file}#${pointer}` }));
          }
          return { file, template: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`), method, responses, validators };
        }),
    );
  });
}

const operations = loadOperations();

/** Checks one answer against Qonto's reference document for its operation; other paths are not described there. */
export function referenceViolations(method: string, path: string, status: number, body: unknown): string[] {
  const operation = operations.find((candidate) => candidate.method === method.toLowerCase() && candidate.template.test(path));
  if (!operation) return [];
  if (!(String(status) in operation.responses)) {
    return gatewayStatuses.has(status)
      ? []
      : [`reference ${operation.file}: ${method} ${path} answered ${status}, which the reference does not list`];
  }
  const validate = operation.validators.get(status);
  if (!validate || validate(body)) return [];
  return (validate.errors ?? [])
    .filter(
      (error) =>
        !(
          error.keyword === 'enum' &&
          /^\/errors\/\d+\/code$/.test(error.instancePath) &&
          codesBeyondTheReference.has(String(valueAtPointer(body, error.instancePath)))
        ),
    )
    .map((error) => `reference ${operation.file} ${status}: ${error.instancePath || '(body)'} ${error.message}`);
}
