import type { QontoError } from '@composer/shared/errors/error-envelope';

/** A failed call: Qonto's (or the app server's) errors, the HTTP status, and the trace id to quote to support. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: QontoError[];
  readonly traceId: string | undefined;

  constructor(status: number, errors: QontoError[], traceId?: string) {
    super(errors.map((error) => error.detail ?? error.code).join(' '));
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.traceId = traceId;
  }

  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  get needsReconnect(): boolean {
    return this.errors.some((error) => error.code === 'reauth_required' || error.code === 'organization_access_withdrawn');
  }
}
