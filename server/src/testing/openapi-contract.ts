import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { formatJsonPointer, valueAtPointer } from '@composer/shared';
import { parse } from 'yaml';
import { referenceViolations } from './reference-contract.ts';

type Json = Record<string, unknown>;

const specPath = fileURLToPath(import.meta.resolve('@composer/shared/openapi/qonto.openapi.yaml'));
const spec = parse(readFileSync(specPath, 'utf8')) as Json;
const paths = spec.paths as Record<string, Record<string, Json>>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsPlugin as unknown as (instance: Ajv2020) => void)(ajv);
ajv.addSchema(spec, 'qonto.openapi.json');

const compiled = new Map<string, ValidateFunction>();
function validatorFor(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `qonto.openapi.json#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

function resolve(node: Json): { node: Json; pointer: string | undefined } {
  const ref = node.$ref;
  if (typeof ref !== 'string') return { node, pointer: undefined };
  const pointer = ref.slice(1);
  const target = valueAtPointer(spec, pointer) as Json;
  return { node: target, pointer };
}

export interface Operation {
  template: string;
  method: string;
  operationId: string;
}

export function findOperation(method: string, path: string): Operation | undefined {
  for (const [template, item] of Object.entries(paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (pattern.test(path) && operation) return { template, method: method.toLowerCase(), operationId: String(operation.operationId) };
  }
  return undefined;
}

/**
 * Checks one response against the description: the status must be listed for the operation, the body
 * must match its schema, and an error's code must be one the status allows (`x-codes`).
 */
/** Checks an answer against the project's description and, for the four invoice operations, Qonto's reference. */
export function contractViolations(method: string, path: string, status: number, body: unknown): string[] {
  return [...projectContractViolations(method, path, status, body), ...referenceViolations(method, path, status, body)];
}

function projectContractViolations(method: string, path: string, status: number, body: unknown): string[] {
  const operation = findOperation(method, path);
  if (!operation) {
    if (status !== 404 && status !== 405) return [`${method} ${path} is not in the description (answered ${status})`];
    return contractViolationsForPointer('/components/schemas/ErrorEnvelope', body, ['not_found']);
  }
  const responses = paths[operation.template]![operation.method]!.responses as Json;
  const listed = responses[String(status)] as Json | undefined;
  if (!listed) return [`${operation.operationId} answered ${status}, which its description does not list`];
  const { node: response, pointer: responsePointer } = resolve(listed);
  const content = response.content as Json | undefined;
  if (!content) return body === undefined || body === '' ? [] : [`${operation.operationId} ${status} should have no body`];
  const schemaNode = (content['application/json'] as Json).schema as Json;
  const codes = schemaNode['x-codes'] as string[] | undefined;
  const pointer =
    typeof schemaNode.$ref === 'string'
      ? schemaNode.$ref.slice(1)
      : `${responsePointer ?? formatJsonPointer(['paths', operation.template, operation.method, 'responses', status])}/content/application~1json/schema`;
  return contractViolationsForPointer(pointer, body, codes).map((message) => `${operation.operationId} ${status}: ${message}`);
}

function contractViolationsForPointer(pointer: string, body: unknown, codes: string[] | undefined): string[] {
  const validate = validatorFor(pointer);
  const problems = validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message}`);
  if (codes && body && typeof body === 'object' && Array.isArray((body as Json).errors)) {
    for (const error of (body as { errors: { code?: string }[] }).errors) {
      if (!codes.includes(String(error.code))) problems.push(`error code ${error.code} is not one of ${codes.join(', ')}`);
    }
  }
  return problems;
}
