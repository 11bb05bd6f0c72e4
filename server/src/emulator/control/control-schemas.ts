import { z } from 'zod';
import { emulatorCountries } from '../seed/demo-organizations.ts';

export const resetBodySchema = z
  .strictObject({
    country: z.enum(emulatorCountries).optional(),
    freelancer: z.boolean().optional(),
    einvoicing_activated: z.boolean().optional(),
    numbering_mode: z.enum(['automatic', 'manual']).optional(),
    access_token_ttl_s: z.number().int().min(1).max(86_400).optional(),
    extra_products: z.number().int().min(0).max(5000).optional(),
    facturx_delay_ms: z.number().int().min(0).max(600_000).optional(),
    einvoicing_step_ms: z.number().int().min(0).max(600_000).optional(),
  })
  .refine((body) => !body.freelancer || (body.country ?? 'ES') === 'ES', {
    message: 'the freelancer organization is Spanish',
    path: ['freelancer'],
  });

const faultRuleSchema = z
  .strictObject({
    method: z.string().regex(/^(\*|GET|POST|PUT|PATCH|DELETE)$/),
    path: z.string().startsWith('/'),
    status: z.union([z.number().int().min(400).max(599), z.literal('reset'), z.literal('delay')]),
    delay_ms: z.number().int().min(0).max(120_000).optional(),
    retry_after_s: z.number().int().min(0).max(3600).optional(),
    times: z.number().int().min(1).max(10_000).default(1),
  })
  .refine((rule) => rule.status !== 'delay' || rule.delay_ms !== undefined, { message: 'a delay rule needs delay_ms', path: ['delay_ms'] });

export const faultsBodySchema = z.union([
  faultRuleSchema.transform((rule) => [rule]),
  z.strictObject({ rules: z.array(faultRuleSchema).min(1) }).transform((body) => body.rules),
]);

export type FaultRuleInput = z.infer<typeof faultRuleSchema>;

/** `reject_next_sends`: the platform rejects that many of the next e-invoices sent (code 213). */
export const einvoicingBodySchema = z
  .strictObject({ activated: z.boolean().optional(), reject_next_sends: z.number().int().min(0).max(100).optional() })
  .refine((body) => body.activated !== undefined || body.reject_next_sends !== undefined, {
    message: 'set activated or reject_next_sends',
  });

export const clockBodySchema = z.strictObject({
  advance_s: z
    .number()
    .int()
    .min(1)
    .max(400 * 24 * 3600),
});
