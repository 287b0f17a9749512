/**
 * Every password hash format, verified as Magento computes it: Magento's own unit-test vectors
 * (lib/internal/Magento/Framework/Encryption/Test/Unit/EncryptorTest.php) and one vector per format made with
 * Encryptor's formulas (fixtures/passwords-vectors.json, cross-checked against libsodium and libxcrypt),
 * each with its right and a wrong password.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerPasswords } from '../../services/customer/index.ts';

const { parsePasswordHash, algorithmOf, needsRehash, verifyPassword, magentoHash, parseCryptKeys, Limiter, CURRENT_ALGORITHM } = customerPasswords;

interface Vector { id: string; password: string; wrongPassword: string; stored: string; cryptKey?: string; validRight: boolean; rehashOnLogin: boolean }
const vectors = (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'passwords-vectors.json'), 'utf8')) as { vectors: Vector[] }).vectors;
const DEFAULT_KEY = 'f3e25f7e9e7f4f1d0c4a1e6b0b7d2c5a';
const limiter = new Limiter(2, 100);

async function check(password: string, stored: string, cryptKey = DEFAULT_KEY, legacyArgonV2 = false): Promise<boolean> {
  const r = parsePasswordHash(stored);
  if (!r?.ok) throw new Error(`not recognised: ${stored}`);
  return verifyPassword(password, r.parsed, { limiter, cryptKeys: parseCryptKeys(cryptKey), legacyArgonV2 });
}

describe('Magento EncryptorTest vectors', () => {
  const KEY1 = 'g9mY9KLrcuAVJfsmVUSRkKFLDdUPVkaZ';
  const KEY2 = '7wEjmrliuqZQ1NQsndSa8C8WHvddeEbN';
  it.each([
    ['7640855aef9cb6ffd20229601d2904a2192e372b391db8230d7faf073b393e4c:salt:2'],
    ['13601bda4ea78e55a07b98866d2be6be0744e3866f13c00c811cab608a28f322:salt:1'],
    ['0be2351d7513d3e9622bd2df1891c39ba5ba6d1e3d67a058c60d6fd83f6641d8:-----------random_salt----------:2'],
    ['a1c7fc88037b70c9be84d3ad12522c7888f647915db78f42eb572008422ba2fa:-----------random_salt----------:1'],
    ['2d78b5e93b683c4d3b0574c1ced8e40ddec7730c2e1b35f282b2c955b5cb7262:random-saltrando:2'],
    ['ca7982945fa90444b78d586678ff1c223ce13f99a39ec9541eae8b63ada3816a:random_salt12345:2'],
    ['4c5cab8dd00137d11258f8f87b93fd17bd94c5026fc52d3c5af911dd177a2611:random_salt:1'],
    ['67a1e09bb1f83f5007dc119c14d663aa:salt:0'],
    ['c6aad9e058f6c4b06187c06d2b69bf506a786af030f81fb6d83778422a68205e:salt:1:2'],
    ['3b68ca4706cbae291455e4340478076c1e1618e742b6144cfcc3e50f648903e4:salt:0:1'],
  ])('%s verifies "password" and not "Password"', async (stored) => {
    expect(await check('password', stored)).toBe(true);
    expect(await check('Password', stored)).toBe(false);
  });

  it('testGetHashNoSalt: HMAC-SHA256 with crypt/key, only with that key (any key of a rotated crypt/key)', async () => {
    const hmac = '1421feadb52d556a2045588672d8880d812ecc81ebb53dd98f6ff43500786b36';
    expect(await check('password', hmac, KEY1)).toBe(true);
    expect(await check('password', hmac, KEY2)).toBe(false);
    expect(await check('password', hmac, `${KEY1}\n${KEY2}`)).toBe(true);
    expect(await check('password', hmac, '')).toBe(false);
  });

  it('validateHashDataProvider: hash:salt:1 is not a hash of anything', () => {
    expect(parsePasswordHash('hash:salt:1')).toEqual({ ok: false, problem: expect.any(String) });
  });
});

describe.each(vectors.map((v) => [v.id, v] as const))('format %s', (_id, v) => {
  it('recognised, the right password verifies, the wrong one does not', async () => {
    const legacy = v.id === 'v2-legacy';
    expect(await check(v.password, v.stored, v.cryptKey, legacy)).toBe(v.validRight);
    expect(await check(v.wrongPassword, v.stored, v.cryptKey, legacy)).toBe(false);
  });

  it('is re-hashed on login exactly when it is not already the current format', () => {
    const r = parsePasswordHash(v.stored);
    if (!r?.ok) throw new Error('not recognised');
    // Magento keeps any 3_<seed>_<ops>_<mem>; magemig re-hashes other parameters to today's too.
    const expected = v.id === 'v3-legacy' ? true : v.rehashOnLogin;
    expect(needsRehash(r.parsed)).toBe(expected);
    expect(algorithmOf(r.parsed)).not.toContain(r.parsed.format === 'magento' ? r.parsed.hash : '\u0000');
  });
});

describe('the re-hash', () => {
  it("is Magento's current format and verifies as Magento would", async () => {
    const stored = await magentoHash('Tr0ub4dor&3', limiter);
    expect(stored).toMatch(/^[0-9a-f]{64}:[A-Za-z0-9]{32}:3_32_2_67108864$/);
    const r = parsePasswordHash(stored);
    if (!r?.ok) throw new Error('not recognised');
    expect(algorithmOf(r.parsed)).toBe(CURRENT_ALGORITHM);
    expect(needsRehash(r.parsed)).toBe(false);
    expect(await check('Tr0ub4dor&3', stored)).toBe(true);
    expect(await check('tr0ub4dor&3', stored)).toBe(false);
  });

  it('with a given salt equals the v3 vector (Magento 2.4.2+ getHash)', async () => {
    const v3 = vectors.find((v) => v.id === 'v3')!;
    const salt = v3.stored.split(':')[1];
    expect(await magentoHash(v3.password, limiter, salt)).toBe(v3.stored);
  });
});

describe('shapes that are not a hash Magento could verify', () => {
  it.each([
    ['x'.repeat(40), 'no salt, no version'],
    ['abc:def:9', 'unknown version'],
    ['ABCDEF0123456789ABCDEF0123456789:salt:0', 'upper-case hex'],
    ['0123456789abcdef0123456789abcdef:salt:1', 'md5 length with a sha256 version'],
    [`${'a'.repeat(64)}::2`, 'argon2 with an empty salt'],
    [`${'a'.repeat(64)}:salt:3_32_2_999999999999`, 'argon2 memory beyond the cap'],
    ['$2x$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012', 'bcrypt $2x$'],
  ])('%s (%s) is a value reject, never an exception', (stored) => {
    const r = parsePasswordHash(stored);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.problem).not.toContain(stored);
  });

  it('NULL and empty are no password', () => {
    expect(parsePasswordHash(null)).toBeNull();
    expect(parsePasswordHash('')).toBeNull();
  });
});

describe('the limiter', () => {
  it('runs at most `concurrency` at once and refuses beyond its queue', async () => {
    const l = new Limiter(2, 1);
    let running = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const job = () => l.run(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((r) => releases.push(r));
      running--;
    });
    const a = job();
    const b = job();
    const c = job();
    await expect(job()).rejects.toThrow('too many logins');
    expect(l.stats).toEqual({ active: 2, waiting: 1 });
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all([a, b, c]);
    expect(peak).toBe(2);
    expect(l.stats).toEqual({ active: 0, waiting: 0 });
  });
});
