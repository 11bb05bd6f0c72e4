import { pointerToFieldPath } from '@composer/shared/errors/pointer-to-field';
import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';

/** Where a payload field is edited in the composer (payload path → form path), for client and server errors. */
export function payloadPathToField(path: string, profile: Pick<OrganizationProfile, 'withholding'>): string | undefined {
  const rules: [RegExp, string | ((match: RegExpMatchArray) => string)][] = [
    [/^items\.(\d+)\.unit_price(\..*)?$/, (m) => `items.${m[1]}.unit_price`],
    [/^items\.(\d+)\.discount(\..*)?$/, (m) => `items.${m[1]}.discount_value`],
    [/^items\.(\d+)\.(title|description|quantity|unit|vat_rate|vat_exemption_reason)$/, (m) => `items.${m[1]}.${m[2]}`],
    [/^items\.(\d+)$/, (m) => `items.${m[1]}.title`],
    [/^discount(\..*)?$/, 'discount_value'],
    [/^payment_methods(\..*)?$/, 'iban'],
    [/^currency$/, 'client_id'],
    [/^settings\.legal_capital_share\.value$/, 'settings.legal_capital_share_value'],
    [/^settings\.legal_capital_share(\.currency)?$/, 'settings.legal_capital_share_currency'],
    [/^settings\.(\w+)$/, (m) => `settings.${m[1]}`],
    [/^payment_reporting\.method$/, 'italy.payment_method'],
    [/^payment_reporting(\.conditions)?$/, 'italy.payment_conditions'],
    [/^welfare_fund\.rate$/, 'italy.welfare_rate'],
    [/^welfare_fund(\.type)?$/, 'italy.welfare_type'],
    [/^withholding_tax\.reason$/, 'italy.withholding_reason'],
    [/^withholding_tax\.payment_reason$/, 'italy.withholding_payment_reason'],
    [/^withholding_tax(\.rate)?$/, profile.withholding === 'irpf' ? 'spain.withholding_rate' : 'italy.withholding_rate'],
    [/^stamp_duty_amount$/, 'italy.stamp_duty_amount'],
    [/^report_einvoicing$/, 'italy.report_einvoicing'],
    [
      /^(client_id|upload_id|issue_date|due_date|performance_start_date|performance_end_date|number|purchase_order|header|footer|terms_and_conditions)$/,
      (m) => m[1]!,
    ],
    [/^performance_date$/, 'performance_start_date'],
  ];
  for (const [pattern, target] of rules) {
    const match = path.match(pattern);
    if (match) return typeof target === 'string' ? target : target(match);
  }
  return undefined;
}

/** A Qonto `source.pointer` → the composer field it concerns, or undefined for the summary. */
export function pointerToComposerField(pointer: string | undefined, profile: Pick<OrganizationProfile, 'withholding'>): string | undefined {
  if (!pointer) return undefined;
  const path = pointerToFieldPath(pointer);
  return path === undefined ? undefined : payloadPathToField(path, profile);
}
