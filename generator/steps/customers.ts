import { createHash } from 'node:crypto';
import * as nodeCrypto from 'node:crypto';
import { rnd, run, ts, type SeedContext } from '../session.ts';
import { CUSTOMER_ATTRIBUTE_IDS, LOYALTY_FIRST_OPTION, LOYALTY_TIERS } from './attributes.ts';

export const FIRST_NAMES = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Lucas', 'Mia', 'Mateo', 'Léa', 'Jürgen', 'Zoë', 'Siobhán', 'Ólafur', 'Chloé', 'Amélie', 'Björn'];
export const LAST_NAMES = ['Smith', 'Johnson', 'Müller', 'García', "O'Brien", 'Dubois', 'Rossi', 'van der Berg', 'Nowak', 'Kowalski', 'Silva', 'Jensen', 'Brown', 'Lefèvre'];
export const COUNTRIES = [
  ['US', 'Austin', 'Texas', 57, '78701'], ['DE', 'Berlin', 'Berlin', 82, '10115'], ['FR', 'Paris', null, null, '75001'],
  ['GB', 'London', null, null, 'SW1A 1AA'], ['NL', 'Amsterdam', null, null, '1012 AB'], ['US', 'Portland', 'Oregon', 49, '97201'],
  ['ES', 'Madrid', 'Madrid', 161, '28001'], ['IT', 'Roma', null, null, '00118'],
] as const;

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const eltSql = (list: readonly (string | number | null)[], idx: string) =>
  `ELT(1 + ${idx}, ${list.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : q(v))).join(', ')})`;

/** A customer's clear-text password is known, so a migration can prove that hashes still verify. */
export const customerPasswordSql = (idExpr: string) => `CONCAT('Magento', ${idExpr}, '!')`;
export const customerPassword = (id: number) => `Magento${id}!`;

/**
 * Magento's Encryptor formats, "hash:salt:version[:version...]": 0 md5(salt.password) (Magento 1 legacy, 2-char salt),
 * 1 sha256(salt.password), 2 argon2id13, 3_32_2_67108864 argon2id13 with its parameters, and upgraded chains where an
 * old hash was re-hashed (":1:2" = argon2(sha256(...)), ":0:2" = argon2(md5(...))). md5/sha256 are real; argon2 values
 * are real for the first customer of each argon format when Node has crypto.argon2Sync, syntactically right
 * placeholders (64 hex chars) otherwise.
 */
function passwordHashSql(ctx: SeedContext): string {
  const r = rnd(ctx, 'pwfmt', 'c.n', 100);
  const salt = `SUBSTR(MD5(CONCAT_WS(':', ${ctx.seed}, 'salt', c.n)), 1, 32)`;
  const pw = customerPasswordSql('c.n');
  const placeholder = (inner: string) => `SHA2(CONCAT('argon2-placeholder:', ${inner}), 256)`;
  return `CASE
    WHEN ${r} < 5 THEN NULL
    WHEN ${r} < 15 THEN CONCAT(MD5(CONCAT(SUBSTR(${salt}, 1, 2), ${pw})), ':', SUBSTR(${salt}, 1, 2), ':0')
    WHEN ${r} < 50 THEN CONCAT(SHA2(CONCAT(${salt}, ${pw}), 256), ':', ${salt}, ':1')
    WHEN ${r} < 65 THEN CONCAT(${placeholder(`CONCAT(${salt}, ${pw})`)}, ':', ${salt}, ':2')
    WHEN ${r} < 85 THEN CONCAT(${placeholder(`CONCAT(${salt}, ${pw})`)}, ':', ${salt}, ':3_32_2_67108864')
    WHEN ${r} < 95 THEN CONCAT(${placeholder(`SHA2(CONCAT(${salt}, ${pw}), 256)`)}, ':', ${salt}, ':1:2')
    ELSE CONCAT(${placeholder(`MD5(CONCAT(${salt}, ${pw}))`)}, ':', ${salt}, ':0:2') END`;
}

/** Magento\Framework\Encryption\Encryptor::getArgonHash: sodium_crypto_pwhash, 32 bytes, 16-byte salt, ops 2, 64 MiB. */
export function magentoArgonHash(data: string, salt: string): string | null {
  const argon2Sync = (nodeCrypto as unknown as { argon2Sync?: (alg: string, p: object) => Buffer }).argon2Sync;
  if (typeof argon2Sync !== 'function') return null;
  return argon2Sync('argon2id', { message: data, nonce: Buffer.from(salt.slice(0, 16)), parallelism: 1, tagLength: 32, memory: 65536, passes: 2 }).toString('hex');
}

async function realArgonHashes(ctx: SeedContext): Promise<void> {
  for (const suffix of [':2', ':3_32_2_67108864', ':1:2', ':0:2']) {
    const [rows] = await ctx.conn.query(`SELECT entity_id, password_hash FROM customer_entity WHERE password_hash REGEXP ? ORDER BY entity_id LIMIT 1`, [`^[^:]+:[^:]+${suffix}$`]);
    const row = (rows as { entity_id: number; password_hash: string }[])[0];
    if (!row) continue;
    const salt = row.password_hash.split(':')[1];
    const pw = customerPassword(Number(row.entity_id));
    const data = suffix === ':1:2' ? createHash('sha256').update(salt + pw).digest('hex')
      : suffix === ':0:2' ? createHash('md5').update(salt + pw).digest('hex') : pw;
    const hash = magentoArgonHash(data, salt);
    if (!hash) return;
    await ctx.conn.query('UPDATE customer_entity SET password_hash = ?, updated_at = updated_at WHERE entity_id = ?', [`${hash}:${salt}${suffix}`, row.entity_id]);
  }
  ctx.log('customer_entity: real argon2 hashes for the first customer of each argon format');
}

export async function createCustomers(ctx: SeedContext): Promise<void> {
  const W = ctx.profile.websites;
  const website = `(1 + ${rnd(ctx, 'cweb', 'c.n', W)})`;
  const storeOf = `CASE ${website} ${ctx.stores.map((ids, i) => `WHEN ${i + 1} THEN ${ids[0]}`).join(' ')} END`;
  const first = eltSql(FIRST_NAMES, rnd(ctx, 'first', 'c.n', FIRST_NAMES.length));
  const last = eltSql(LAST_NAMES, rnd(ctx, 'last', 'c.n', LAST_NAMES.length));
  const g = rnd(ctx, 'group', 'c.n', 100);
  const created = ts(`${rnd(ctx, 'ccreated', 'c.n', 150_000_000)}`);
  await run(ctx, 'customer_entity', `INSERT INTO customer_entity (entity_id, website_id, email, group_id, increment_id, store_id, created_at, updated_at,
      is_active, disable_auto_group_change, created_in, prefix, firstname, middlename, lastname, suffix, dob, password_hash, rp_token,
      rp_token_created_at, taxvat, confirmation, gender, failures_num, first_failure, lock_expires)
    SELECT c.n, ${website}, CONCAT('customer', c.n, '@example.', ${eltSql(['com', 'de', 'fr', 'co.uk'], rnd(ctx, 'tld', 'c.n', 4))}),
      IF(${g} < 10, 2, IF(${g} < 15, 3, 1)), NULL, ${storeOf}, ${created}, TIMESTAMPADD(DAY, ${rnd(ctx, 'cupd', 'c.n', 400)}, ${created}),
      IF(${rnd(ctx, 'cactive', 'c.n', 100)} < 2, 0, 1), 0, (SELECT name FROM store WHERE store_id = ${storeOf}),
      IF(${rnd(ctx, 'prefix', 'c.n', 10)} = 0, ${eltSql(['Mr.', 'Ms.', 'Dr.'], rnd(ctx, 'prefixv', 'c.n', 3))}, NULL),
      ${first}, IF(${rnd(ctx, 'middle', 'c.n', 10)} = 0, 'J.', NULL), ${last}, NULL,
      IF(${rnd(ctx, 'dob', 'c.n', 10)} < 7, DATE(TIMESTAMPADD(DAY, ${rnd(ctx, 'dobv', 'c.n', 20000)}, '1950-01-01')), NULL),
      ${passwordHashSql(ctx)},
      IF(${rnd(ctx, 'rp', 'c.n', 20)} = 0, MD5(CONCAT('rp', c.n)), NULL), IF(${rnd(ctx, 'rp', 'c.n', 20)} = 0, ${created}, NULL),
      IF(${rnd(ctx, 'taxvat', 'c.n', 10)} = 0, CONCAT('DE', 100000000 + c.n), NULL),
      IF(${rnd(ctx, 'confirm', 'c.n', 30)} = 0, MD5(CONCAT('confirm', c.n)), NULL),
      NULLIF(${rnd(ctx, 'gender', 'c.n', 4)}, 0), IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, 3, 0),
      IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, ${created}, NULL), IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, TIMESTAMPADD(MINUTE, 30, ${created}), NULL)
    FROM magemig_seq c WHERE c.n <= ${ctx.profile.customers} ORDER BY c.n`);
  await realArgonHashes(ctx);
  await addresses(ctx);
  await run(ctx, 'customer_entity_int', `INSERT INTO customer_entity_int (attribute_id, entity_id, value)
    SELECT ${CUSTOMER_ATTRIBUTE_IDS.loyalty_tier}, c.entity_id, ${LOYALTY_FIRST_OPTION} + ${rnd(ctx, 'loyalty', 'c.entity_id', LOYALTY_TIERS.length)}
    FROM customer_entity c WHERE ${rnd(ctx, 'loyaltyon', 'c.entity_id', 10)} < 4 ORDER BY c.entity_id`);
}

/** 0-2 addresses per customer (multi-line streets, companies, VAT ids), then default billing/shipping. */
async function addresses(ctx: SeedContext): Promise<void> {
  const count = `IF(${rnd(ctx, 'naddr', 'c.entity_id', 10)} = 0, 0, 1 + ${rnd(ctx, 'naddr2', 'c.entity_id', 2)})`;
  const country = rnd(ctx, 'country', ['c.entity_id', 's.n'], COUNTRIES.length);
  const col = (i: number) => eltSql(COUNTRIES.map((c) => c[i]), country);
  const street = `CONCAT(1 + ${rnd(ctx, 'houseno', ['c.entity_id', 's.n'], 200)}, ' ', ${eltSql(['Main Street', 'Hauptstraße', 'Rue de la Paix', 'High Street', 'Via Roma'], rnd(ctx, 'street', ['c.entity_id', 's.n'], 5))},
    IF(${rnd(ctx, 'street2', ['c.entity_id', 's.n'], 5)} = 0, CONCAT('\\n', 'Apt ', 1 + ${rnd(ctx, 'apt', 'c.entity_id', 50)}), ''))`;
  await run(ctx, 'customer_address_entity', `INSERT INTO customer_address_entity (entity_id, increment_id, parent_id, created_at, updated_at, is_active,
      city, company, country_id, fax, firstname, lastname, middlename, postcode, prefix, region, region_id, street, suffix, telephone, vat_id)
    SELECT ROW_NUMBER() OVER (ORDER BY c.entity_id, s.n), NULL, c.entity_id, c.created_at, c.updated_at, 1,
      ${col(1)}, IF(${rnd(ctx, 'company', ['c.entity_id', 's.n'], 5)} = 0, CONCAT(c.lastname, ' GmbH'), NULL), ${col(0)}, NULL,
      IF(s.n = 1, c.firstname, ${eltSql(FIRST_NAMES, rnd(ctx, 'afirst', 'c.entity_id', FIRST_NAMES.length))}), c.lastname, NULL, ${col(4)}, NULL, ${col(2)}, ${col(3)},
      ${street}, NULL, CONCAT('+1 555 ', LPAD(${rnd(ctx, 'phone', ['c.entity_id', 's.n'], 10000)}, 4, '0')),
      IF(${rnd(ctx, 'vat', ['c.entity_id', 's.n'], 20)} = 0, CONCAT('DE', 200000000 + c.entity_id), NULL)
    FROM customer_entity c JOIN magemig_small s ON s.n <= ${count} ORDER BY c.entity_id, s.n`);
  await run(ctx, 'customer_entity (default addresses)', `UPDATE customer_entity c
    JOIN (SELECT parent_id, MIN(entity_id) AS first_id, MAX(entity_id) AS last_id FROM customer_address_entity GROUP BY parent_id) a ON a.parent_id = c.entity_id
    SET c.default_billing = a.first_id, c.default_shipping = a.last_id, c.updated_at = c.updated_at`);
  await run(ctx, 'customer_address_entity_varchar', `INSERT INTO customer_address_entity_varchar (attribute_id, entity_id, value)
    SELECT ${CUSTOMER_ATTRIBUTE_IDS.delivery_note}, a.entity_id, ${eltSql(['Leave at the door', 'Ring twice', 'Call before delivery'], rnd(ctx, 'note', 'a.entity_id', 3))}
    FROM customer_address_entity a WHERE ${rnd(ctx, 'noteon', 'a.entity_id', 5)} = 0 ORDER BY a.entity_id`);
}
