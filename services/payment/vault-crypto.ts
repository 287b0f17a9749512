/**
 * Gateway tokens at rest: AES-256-GCM (node:crypto) under the key given in MAGEMIG_PAYMENT_KEY (32 bytes, as
 * 64 hex digits or base64), never stored with the data and never printed (errors name the variable only).
 *
 * The IV is derived, not random: HMAC-SHA256 under a subkey (HKDF of the key, "magemig vault iv") of the
 * row's id and the token, cut to 12 bytes. The same row and token always encrypt the same way, so a resumed
 * or repeated migration writes identical rows, and two different plaintexts never share an IV under one key
 * (the IV is a function of the plaintext and its row). The row's id is the additional data: a ciphertext
 * moved to another row does not decrypt.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

export const PAYMENT_KEY_ENV = 'MAGEMIG_PAYMENT_KEY';

export interface VaultKey { readonly enc: Buffer; readonly iv: Buffer }
export interface Sealed { ciphertext: Buffer; iv: Buffer; tag: Buffer }

/** The key from its text (hex or base64 of 32 bytes); null when unset; a clear error when malformed. */
export function parseVaultKey(text: string | undefined): VaultKey | null {
  if (text === undefined || text.trim() === '') return null;
  const t = text.trim();
  const raw = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (raw.length !== 32) throw new Error(`${PAYMENT_KEY_ENV} must be 32 bytes, as 64 hex digits or base64 (it decodes to ${raw.length} bytes)`);
  return { enc: raw, iv: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'magemig vault iv', 32)) };
}

export function sealToken(key: VaultKey, rowId: string, token: string): Sealed {
  const iv = createHmac('sha256', key.iv).update(rowId).update('\u0000').update(token, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.enc, iv);
  cipher.setAAD(Buffer.from(`vault_token:${rowId}`, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

/** The gateway token back (for the platform's payment calls); throws when the key or the row is not the one sealed with. */
export function openToken(key: VaultKey, rowId: string, sealed: Sealed): string {
  const decipher = createDecipheriv('aes-256-gcm', key.enc, sealed.iv);
  decipher.setAAD(Buffer.from(`vault_token:${rowId}`, 'utf8'));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
}
