import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 1;

/** Seals JSON with AES-256-GCM under the newest key: [version][12-byte IV][16-byte tag][ciphertext]. */
export function seal(value: unknown, keys: readonly Buffer[], associatedData: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys[0]!, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), ciphertext]);
}

/** Opens a sealed value with whichever key sealed it; undefined when none can (tampered, or key retired). */
export function open<T>(sealed: Uint8Array, keys: readonly Buffer[], associatedData: string): T | undefined {
  const data = Buffer.from(sealed);
  if (data[0] !== version || data.length < 29) return undefined;
  const iv = data.subarray(1, 13);
  const tag = data.subarray(13, 29);
  for (const key of keys) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(associatedData));
      decipher.setAuthTag(tag);
      const plain = Buffer.concat([decipher.update(data.subarray(29)), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as T;
    } catch {
      // try the next (older) key
    }
  }
  return undefined;
}
