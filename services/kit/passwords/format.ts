/**
 * Every password hash a Magento 2.1 to 2.4.8 database can hold, recognised by its shape (no secret is
 * needed to tell the format). The formats and their rules are Magento's own:
 *
 *  - `hash:salt:v[:v...]`: Magento\Framework\Encryption\Encryptor::getHash($password, true) and the chains
 *    left by `customer:hash:upgrade` (Magento\Customer\Console\Command\UpgradeHashAlgorithmCommand), oldest
 *    version first. Each version hashes the previous step's lowercase hex (the first step the password):
 *    0 md5(salt . x), 1 sha256(salt . x), 2 argon2id13(x, salt16, 32 bytes, the host's INTERACTIVE limits),
 *    3_<seed>_<ops>_<mem> argon2id13 with those parameters (Encryptor::isValidHash, 2.4.2+). A bare `3`,
 *    which only the pre-fix upgrade command could have written, is read as 3_32_2_67108864.
 *  - 64 hex, no ':': Encryptor::hash() = HMAC-SHA256 keyed with the last key of env.php crypt/key (2.3.2+;
 *    2.4.7+ decodes a `base64...` key), the fallback of Encryptor::isValidHash for a hash without salt.
 *  - `hex:salt` (32, 64 or 128 hex): Magento 1 and Magento 2.0 values that no data patch versioned
 *    (md5 / sha256 / sha512 of salt . password; sha512 is what the data-migration-tool's
 *    Migration\Model\PasswordVerifier checks).
 *  - `$2y$NN$...` (or `$2a$`, `$2b$`), alone or before `:salt`: Magento 1.9.4 / OpenMage bcrypt, carried over
 *    by the data-migration-tool (Migration\Plugin\Customer\Model\AuthenticationPlugin verifies it).
 *
 * Anything else is not a password hash magemig can verify: parsePasswordHash says why, without quoting it.
 */

export type HashStep =
  | { kind: 'md5' }
  | { kind: 'sha256' }
  /** version 2: the parameters of the host that wrote it (libsodium >= 1.0.15: ops 2, 64 MiB). */
  | { kind: 'argon2id13' }
  /** version 3_<seed>_<ops>_<mem> (bare: a plain `3`, read as 3_32_2_67108864). */
  | { kind: 'argon2id13-agnostic'; seed: number; ops: number; mem: number; bare: boolean };

export type ParsedHash =
  | { format: 'magento'; hash: string; salt: string; steps: HashStep[] }
  | { format: 'hmac-sha256'; hash: string }
  | { format: 'salted'; algo: 'md5' | 'sha256' | 'sha512'; hash: string; salt: string }
  | { format: 'bcrypt'; hash: string };

export type ParseResult = { ok: true; parsed: ParsedHash } | { ok: false; problem: string };

/** SODIUM_CRYPTO_SIGN_SEEDBYTES, SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE (libsodium >= 1.0.15). */
export const ARGON_SEED = 32;
export const ARGON_OPS = 2;
export const ARGON_MEM = 67108864;
/** libsodium 1.0.13 / 1.0.14 INTERACTIVE limits: what a plain `:2` of such a host was made with (magento/magento2#29235). */
export const LEGACY_ARGON_OPS = 4;
export const LEGACY_ARGON_MEM = 33554432;
/** What Magento 2.4.2+ writes today (and what the service re-hashes to): Encryptor::getHash($password, true). */
export const CURRENT_VERSION = `3_${ARGON_SEED}_${ARGON_OPS}_${ARGON_MEM}`;

/** Bounds on argon parameters read from data: libsodium's minimums, and a memory cap so no row can exhaust the server. */
const SEED_RANGE = [16, 64] as const;
const OPS_RANGE = [1, 10] as const;
const MEM_RANGE = [8192, 256 * 1024 * 1024] as const;

const HEX = /^[0-9a-f]+$/;
const AGNOSTIC = /^3_(\d{1,3})_(\d{1,3})_(\d{1,10})$/;
const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;

function step(v: string): HashStep | string {
  if (v === '0') return { kind: 'md5' };
  if (v === '1') return { kind: 'sha256' };
  if (v === '2') return { kind: 'argon2id13' };
  if (v === '3') return { kind: 'argon2id13-agnostic', seed: ARGON_SEED, ops: ARGON_OPS, mem: ARGON_MEM, bare: true };
  const m = AGNOSTIC.exec(v);
  if (!m) return 'an unknown hash version';
  const [seed, ops, mem] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (seed < SEED_RANGE[0] || seed > SEED_RANGE[1] || ops < OPS_RANGE[0] || ops > OPS_RANGE[1] || mem < MEM_RANGE[0] || mem > MEM_RANGE[1]) {
    return 'argon2 parameters out of range';
  }
  return { kind: 'argon2id13-agnostic', seed, ops, mem, bare: false };
}

/** Hex length of a step's output. */
function outputLength(s: HashStep): number {
  if (s.kind === 'md5') return 32;
  if (s.kind === 'argon2id13-agnostic') return 2 * s.seed;
  return 64;
}

/**
 * The format of a stored value; null for no password (NULL or empty: an account made without one, which no
 * password opens). PHP semantics: explode(':', $hash, 3), so the third part keeps every later ':'.
 */
export function parsePasswordHash(stored: string | null | undefined): ParseResult | null {
  if (stored === null || stored === undefined || stored === '') return null;
  const first = stored.indexOf(':');
  if (first === -1) {
    if (BCRYPT.test(stored)) return { ok: true, parsed: { format: 'bcrypt', hash: stored } };
    if (stored.length === 64 && HEX.test(stored)) return { ok: true, parsed: { format: 'hmac-sha256', hash: stored } };
    return { ok: false, problem: `no salt and no version, and neither 64 hex digits nor bcrypt (${stored.length} characters)` };
  }
  const second = stored.indexOf(':', first + 1);
  const hash = stored.slice(0, first);
  if (second === -1) {
    const salt = stored.slice(first + 1);
    if (BCRYPT.test(hash)) return { ok: true, parsed: { format: 'bcrypt', hash } };
    const algo = HEX.test(hash) ? ({ 32: 'md5', 64: 'sha256', 128: 'sha512' } as const)[hash.length as 32 | 64 | 128] : undefined;
    if (algo) return { ok: true, parsed: { format: 'salted', algo, hash, salt } };
    return { ok: false, problem: `hash:salt whose hash is not 32, 64 or 128 hex digits (${hash.length} characters)` };
  }
  const salt = stored.slice(first + 1, second);
  const steps: HashStep[] = [];
  for (const v of stored.slice(second + 1).split(':')) {
    const s = step(v);
    if (typeof s === 'string') return { ok: false, problem: s };
    steps.push(s);
  }
  if (!HEX.test(hash) || hash.length !== outputLength(steps[steps.length - 1])) {
    return { ok: false, problem: `the hash part is not the ${outputLength(steps[steps.length - 1])} lowercase hex digits its last version makes` };
  }
  // Encryptor::getArgonHash pads the salt with itself: an empty one fails in PHP, so Magento never verified it.
  if (salt === '' && steps.some((s) => s.kind !== 'md5' && s.kind !== 'sha256')) return { ok: false, problem: 'an argon2 version with an empty salt' };
  return { ok: true, parsed: { format: 'magento', hash, salt, steps } };
}

function stepName(s: HashStep): string {
  if (s.kind === 'argon2id13-agnostic') return s.bare ? 'argon2id13(3)' : `argon2id13(${s.seed},${s.ops},${s.mem})`;
  return s.kind;
}

/** A stable name of the format, for reports and for the API's password.algorithm. Never the hash. */
export function algorithmOf(p: ParsedHash): string {
  switch (p.format) {
    case 'magento':
      return `magento:${p.steps.map(stepName).join('>')}`;
    case 'hmac-sha256':
      return 'magento:hmac-sha256';
    case 'salted':
      return `unversioned:${p.algo}`;
    case 'bcrypt':
      return 'bcrypt';
  }
}

/** The name of what the service writes on a re-hash: Magento's current format. */
export const CURRENT_ALGORITHM = `magento:argon2id13(${ARGON_SEED},${ARGON_OPS},${ARGON_MEM})`;

/**
 * Whether a successful login replaces the hash. Magento's rule (UpgradeCustomerPasswordObserver:
 * !Encryptor::validateHashVersion($hash, true)) re-hashes a chain or a last version that is not 3_...; magemig
 * also re-hashes what Magento could not re-hash or verify itself (HMAC, unversioned, bcrypt, a bare `3`) and
 * argon2 with other parameters than today's, so every account ends on Magento's current format.
 */
export function needsRehash(p: ParsedHash): boolean {
  if (p.format !== 'magento' || p.steps.length !== 1) return true;
  const s = p.steps[0];
  return !(s.kind === 'argon2id13-agnostic' && !s.bare && s.seed === ARGON_SEED && s.ops === ARGON_OPS && s.mem === ARGON_MEM);
}

/** How many argon2 computations verifying it costs (for the time a failed login takes). */
export function argonSteps(p: ParsedHash): number {
  return p.format === 'magento' ? p.steps.filter((s) => s.kind !== 'md5' && s.kind !== 'sha256').length : 0;
}
