/**
 * Verifies a password against a parsed Magento hash (format.ts) exactly as Magento computes it, and makes
 * Magento's current hash for a re-hash. Every argon2 computation goes through the caller's Limiter.
 *
 * Rules, from Magento\Framework\Encryption\Encryptor (2.4.2 - 2.4.8; older ones in passwords/format.ts):
 *  - the salt is a prefix for md5/sha256 (generateSimpleHash($salt . $data)); argon2 takes it as the libsodium
 *    salt, cut to 16 bytes or padded by repeating itself (getArgonHash: substr / str_pad($salt, 16, $salt));
 *  - argon2id13 is sodium_crypto_pwhash(ALG_ARGON2ID13) = Argon2id v1.3, 1 lane, m = memlimit / 1024 KiB,
 *    t = opslimit, no secret: Node's crypto.argon2 with parallelism 1 gives the same bytes;
 *  - a chain hashes each step's lowercase hex with the next version (isValidHash);
 *  - comparisons are constant-time (hash_equals).
 * Extensions beyond what Magento 2.4.8 itself accepts (each a value an older Magento or the data-migration-tool
 * accepted): unversioned `hex:salt`, bcrypt, HMAC with any key of crypt/key (Magento tries the last only),
 * and a plain `:2` made with libsodium 1.0.13/1.0.14 limits when `legacyArgonV2` is on.
 */
import * as nodeCrypto from 'node:crypto';
import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { ARGON_MEM, ARGON_OPS, ARGON_SEED, CURRENT_VERSION, LEGACY_ARGON_MEM, LEGACY_ARGON_OPS, type HashStep, type ParsedHash } from './format.ts';
import type { Limiter } from './limiter.ts';

/** Encryptor::getArgonHash's salt: the first 16 bytes, or the salt repeated up to 16 bytes. */
export function argonSalt(salt: string): Buffer {
  const s = Buffer.from(salt, 'utf8');
  if (s.length === 0) throw new Error('argon2 needs a salt');
  if (s.length >= 16) return s.subarray(0, 16);
  const out = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) out[i] = s[i % s.length];
  return out;
}

/** One argon2id13 computation (sodium_crypto_pwhash), hex. */
export function argonHex(limiter: Limiter, data: string, salt: string, seed: number, ops: number, mem: number): Promise<string> {
  const nonce = argonSalt(salt);
  return limiter.run(
    () =>
      new Promise<string>((resolve, reject) =>
        // Node >= 24.7 (a namespace read, so an older Node can still load the module and fail only here).
        nodeCrypto.argon2('argon2id', { message: Buffer.from(data, 'utf8'), nonce, parallelism: 1, tagLength: seed, memory: Math.floor(mem / 1024), passes: ops }, (err, key) =>
          err ? reject(err) : resolve(key.toString('hex')),
        ),
      ),
  );
}

const digest = (algo: string, salt: string, data: string): string => createHash(algo).update(salt + data, 'utf8').digest('hex');

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * env.php crypt/key: keys separated by whitespace, the last one current (Encryptor::__construct); a key
 * `base64<...>` (2.4.7+, ConfigOptionsListConstants::STORE_KEY_ENCODED_RANDOM_STRING_PREFIX) is the bytes it encodes.
 * Returned current key first.
 */
export function parseCryptKeys(value: string | undefined): Buffer[] {
  const keys = (value ?? '').trim().split(/\s+/).filter(Boolean);
  return keys.reverse().map((k) => (k.startsWith('base64') ? Buffer.from(k.slice(6), 'base64') : Buffer.from(k, 'utf8')));
}

export interface VerifyDeps {
  limiter: Limiter;
  /** parseCryptKeys(MAGEMIG_MAGENTO_CRYPT_KEY); empty: HMAC hashes never verify (as in a Magento that lost its key). */
  cryptKeys: readonly Buffer[];
  /** Retry a plain `:2` with libsodium 1.0.13/1.0.14 limits (ops 4, 32 MiB). */
  legacyArgonV2: boolean;
}

async function chain(password: string, salt: string, steps: readonly HashStep[], deps: VerifyDeps, legacyV2: boolean): Promise<string> {
  let x = password;
  for (const s of steps) {
    if (s.kind === 'md5') x = digest('md5', salt, x);
    else if (s.kind === 'sha256') x = digest('sha256', salt, x);
    else if (s.kind === 'argon2id13') x = await argonHex(deps.limiter, x, salt, ARGON_SEED, legacyV2 ? LEGACY_ARGON_OPS : ARGON_OPS, legacyV2 ? LEGACY_ARGON_MEM : ARGON_MEM);
    else x = await argonHex(deps.limiter, x, salt, s.seed, s.ops, s.mem);
  }
  return x;
}

/** Whether `password` opens `parsed`. */
export async function verifyPassword(password: string, parsed: ParsedHash, deps: VerifyDeps): Promise<boolean> {
  switch (parsed.format) {
    case 'magento': {
      if (sameHex(await chain(password, parsed.salt, parsed.steps, deps, false), parsed.hash)) return true;
      if (deps.legacyArgonV2 && parsed.steps.some((s) => s.kind === 'argon2id13')) {
        return sameHex(await chain(password, parsed.salt, parsed.steps, deps, true), parsed.hash);
      }
      return false;
    }
    case 'hmac-sha256': {
      let ok = false;
      // Every key, in the same time whichever matches.
      for (const key of deps.cryptKeys) ok = sameHex(createHmac('sha256', key).update(password, 'utf8').digest('hex'), parsed.hash) || ok;
      return ok;
    }
    case 'salted':
      return sameHex(digest(parsed.algo, parsed.salt, password), parsed.hash);
    case 'bcrypt':
      // bcryptjs is plain JS on the event loop: through the limiter too, so a burst cannot starve the routes.
      return deps.limiter.run(() => bcrypt.compare(password, parsed.hash));
  }
}

/** Math\Random::getRandomString's alphabet. */
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * Encryptor::getHash($password, true) of Magento 2.4.2+: a 32-character random salt, argon2id13 over its first
 * 16 bytes with ops 2 and 64 MiB, `hex:salt:3_32_2_67108864`. Magento verifies it as its own.
 */
export async function magentoHash(password: string, limiter: Limiter, salt?: string): Promise<string> {
  let s = salt ?? '';
  if (salt === undefined) for (let i = 0; i < 32; i++) s += CHARS[randomInt(CHARS.length)];
  return `${await argonHex(limiter, password, s, ARGON_SEED, ARGON_OPS, ARGON_MEM)}:${s}:${CURRENT_VERSION}`;
}
