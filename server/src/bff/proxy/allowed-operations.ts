const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * `action`: a state change on one invoice (optional JSON body); like `create-invoice` it honours an
 * Idempotency-Key, so a retried finalize, send or credit note never acts twice.
 */
export type OperationKind = 'read' | 'json-write' | 'upload' | 'bulk' | 'create-invoice' | 'action';

export interface AllowedOperation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  kind: OperationKind;
}

/** The only Qonto calls the browser can make through the app server: method and exact path shape. */
export const allowedOperations: AllowedOperation[] = [
  { method: 'GET', pattern: /^\/v2\/organization$/, kind: 'read' },
  { method: 'GET', pattern: /^\/v2\/settings$/, kind: 'read' },
  { method: 'GET', pattern: /^\/v2\/einvoicing\/settings$/, kind: 'read' },
  { method: 'GET', pattern: /^\/v2\/clients$/, kind: 'read' },
  { method: 'GET', pattern: new RegExp(`^/v2/clients/${uuid}$`), kind: 'read' },
  { method: 'POST', pattern: /^\/v2\/clients$/, kind: 'json-write' },
  { method: 'PATCH', pattern: new RegExp(`^/v2/clients/${uuid}$`), kind: 'json-write' },
  { method: 'GET', pattern: /^\/v2\/products$/, kind: 'read' },
  { method: 'GET', pattern: new RegExp(`^/v2/products/${uuid}$`), kind: 'read' },
  { method: 'POST', pattern: /^\/v2\/products$/, kind: 'json-write' },
  { method: 'GET', pattern: /^\/v2\/client_invoices$/, kind: 'read' },
  { method: 'GET', pattern: new RegExp(`^/v2/client_invoices/${uuid}$`), kind: 'read' },
  { method: 'POST', pattern: /^\/v2\/client_invoices$/, kind: 'create-invoice' },
  { method: 'POST', pattern: /^\/v2\/client_invoices\/uploads$/, kind: 'upload' },
  { method: 'GET', pattern: new RegExp(`^/v2/client_invoices/uploads/${uuid}$`), kind: 'read' },
  { method: 'POST', pattern: /^\/v2\/client_invoices\/bulk$/, kind: 'bulk' },
  { method: 'PATCH', pattern: new RegExp(`^/v2/client_invoices/${uuid}$`), kind: 'action' },
  { method: 'DELETE', pattern: new RegExp(`^/v2/client_invoices/${uuid}$`), kind: 'action' },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/client_invoices/${uuid}/(finalize|send|send_by_einvoice|mark_as_paid|unmark_as_paid|mark_as_canceled)$`),
    kind: 'action',
  },
  { method: 'POST', pattern: /^\/v2\/credit_notes$/, kind: 'action' },
  { method: 'GET', pattern: /^\/v2\/credit_notes$/, kind: 'read' },
  { method: 'GET', pattern: new RegExp(`^/v2/credit_notes/${uuid}$`), kind: 'read' },
  { method: 'GET', pattern: new RegExp(`^/v2/attachments/${uuid}$`), kind: 'read' },
];

/**
 * Matches the raw, undecoded path: anything percent-encoded, dotted or doubled is refused outright,
 * so no upstream path outside the list can be reached.
 */
export function findAllowedOperation(method: string, rawPath: string): AllowedOperation | undefined {
  if (/%|\.\.|\/\/|\\/.test(rawPath)) return undefined;
  return allowedOperations.find((operation) => operation.method === method && operation.pattern.test(rawPath));
}
