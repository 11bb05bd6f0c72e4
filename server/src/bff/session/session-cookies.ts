import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { BffConfig } from '../bff-config.ts';

/** `__Host-` names (Secure, Path=/, no Domain) everywhere but plain-http local development. */
export function cookieNames(config: Pick<BffConfig, 'secureCookies'>) {
  const prefix = config.secureCookies ? '__Host-' : '';
  return { session: `${prefix}composer_session`, oauth: `${prefix}composer_oauth` };
}

export function writeCookie(c: Context, config: BffConfig, name: string, value: string, maxAgeS: number): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: 'Lax', secure: config.secureCookies, path: '/', maxAge: maxAgeS });
}

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}

export function clearCookie(c: Context, config: BffConfig, name: string): void {
  deleteCookie(c, name, { path: '/', secure: config.secureCookies });
}
