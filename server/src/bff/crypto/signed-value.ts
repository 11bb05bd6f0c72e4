import { timingSafeEqual } from 'node:crypto';
import { hmac } from './secret-keys.ts';

/** `payload.signature`, payload base64url JSON; signed with the newest key. */
export function signValue(value: unknown, keys: readonly Buffer[]): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${hmac(keys[0]!, payload)}`;
}

export function verifyValue<T>(signed: string | undefined, keys: readonly Buffer[]): T | undefined {
  if (!signed) return undefined;
  const [payload, signature] = signed.split('.');
  if (!payload || !signature) return undefined;
  const given = Buffer.from(signature);
  const valid = keys.some((key) => {
    const expected = Buffer.from(hmac(key, payload));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
