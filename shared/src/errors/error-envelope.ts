import { z } from 'zod/mini';

/** One error as Qonto reports it; parsed leniently because Qonto adds codes and fields over time. */
export const qontoErrorSchema = z.looseObject({
  status: z.optional(z.string()),
  code: z.string(),
  detail: z.optional(z.string()),
  source: z.optional(
    z.looseObject({
      pointer: z.optional(z.string()),
      parameter: z.optional(z.string()),
    }),
  ),
  meta: z.optional(z.record(z.string(), z.unknown())),
});

export const qontoErrorEnvelopeSchema = z.looseObject({
  errors: z.array(qontoErrorSchema).check(z.minLength(1)),
  trace_id: z.optional(z.string()),
});

export type QontoError = z.infer<typeof qontoErrorSchema>;
export type QontoErrorEnvelope = z.infer<typeof qontoErrorEnvelopeSchema>;

export interface QontoErrorInput {
  code: string;
  detail?: string;
  pointer?: string;
  parameter?: string;
  validationParam?: string;
}

export function qontoError(status: number, input: QontoErrorInput): QontoError {
  const error: QontoError = { status: String(status), code: input.code };
  if (input.detail !== undefined) error.detail = input.detail;
  if (input.pointer !== undefined || input.parameter !== undefined) {
    error.source = {};
    if (input.pointer !== undefined) error.source.pointer = input.pointer;
    if (input.parameter !== undefined) error.source.parameter = input.parameter;
  }
  if (input.validationParam !== undefined) error.meta = { validation_param: input.validationParam };
  return error;
}

export function errorEnvelope(errors: QontoError[], traceId?: string): QontoErrorEnvelope {
  return traceId === undefined ? { errors } : { errors, trace_id: traceId };
}
