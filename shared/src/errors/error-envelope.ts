import { z } from 'zod';

/** One error as Qonto reports it; parsed leniently because Qonto adds codes and fields over time. */
export const qontoErrorSchema = z.looseObject({
  status: z.string().optional(),
  code: z.string(),
  detail: z.string().optional(),
  source: z
    .looseObject({
      pointer: z.string().optional(),
      parameter: z.string().optional(),
    })
    .optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

export const qontoErrorEnvelopeSchema = z.looseObject({
  errors: z.array(qontoErrorSchema).min(1),
  trace_id: z.string().optional(),
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
