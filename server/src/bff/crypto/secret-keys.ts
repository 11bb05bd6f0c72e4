import { createHmac, hkdfSync } from 'node:crypto';

export interface SecretKeys {
  /** AES-256-GCM keys for tokens at rest, newest first. */
  encryption: Buffer[];
  /** HMAC-SHA256 keys for signed cookies, newest first. */
  signing: Buffer[];
}

/** Separate keys per purpose, derived with HKDF from each SESSION_SECRET (newest first). */
export function deriveSecretKeys(secrets: readonly string[]): SecretKeys {
  const derive = (secret: string, info: string) => Buffer.from(hkdfSync('sha256', secret, 'invoice-composer', info, 32));
  return {
    encryption: secrets.map((secret) => derive(secret, 'token-store aes-256-gcm')),
    signing: secrets.map((secret) => derive(secret, 'cookie hmac-sha256')),
  };
}

export function hmac(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}
