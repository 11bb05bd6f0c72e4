/** Optional fields an update clears by sending null when the composer no longer holds them. */
const clearable = [
  'upload_id',
  'performance_start_date',
  'performance_end_date',
  'number',
  'purchase_order',
  'terms_and_conditions',
  'header',
  'footer',
  'discount',
  'withholding_tax',
  'welfare_fund',
  'payment_reporting',
  'stamp_duty_amount',
] as const;

/**
 * The composer's payload as a draft update: Qonto merges an update into the draft, so a field the user
 * emptied is sent as null to clear it rather than left out (which would keep the old value).
 */
export function draftUpdateBody(payload: object): Record<string, unknown> {
  const body: Record<string, unknown> = { ...payload, status: 'draft' };
  for (const key of clearable) if (body[key] === undefined) body[key] = null;
  return body;
}
