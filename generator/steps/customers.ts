import { createHash } from 'node:crypto';
import * as nodeCrypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { rnd, run, ts, type SeedContext } from '../session.ts';
import { applyCustomerDirt, createNewsletter } from './customer-extras.ts';
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
 * env.php crypt/key of every generated store: the HMAC-SHA256 password hashes (Encryptor::hash) are keyed with it.
 * Give it to migrate and serve as MAGEMIG_MAGENTO_CRYPT_KEY to make those logins work.
 */
export const GENERATED_CRYPT_KEY = 'f3e25f7e9e7f4f1d0c4a1e6b0b7d2c5a';

/** HMAC-SHA256(GENERATED_CRYPT_KEY, data) in SQL: MariaDB has no HMAC, so H((K ^ opad) . H((K ^ ipad) . data)). */
function hmacSql(data: string): string {
  const key = Buffer.alloc(64);
  Buffer.from(GENERATED_CRYPT_KEY, 'utf8').copy(key);
  const pad = (b: number) => Buffer.from(key.map((x) => x ^ b)).toString('hex');
  return `SHA2(CONCAT(UNHEX('${pad(0x5c)}'), UNHEX(SHA2(CONCAT(UNHEX('${pad(0x36)}'), ${data}), 256))), 256)`;
}

/**
 * The password hash formats a generated store holds, with their share of customers (percent) and the SQL of
 * their value (`salt` 32 characters, `pw` the clear password). Formats marked `placeholder` need argon2 or
 * bcrypt, which SQL cannot compute: only the first customer (bcrypt: the first two) of each is real, computed
 * by realSlowHashes(); the others hold a hash of the right shape that no password opens.
 */
export const PASSWORD_FORMATS: ReadonlyArray<{ name: string; upTo: number; placeholder?: boolean; sql: (salt: string, pw: string) => string }> = [
  { name: 'none', upTo: 4, sql: () => 'NULL' },
  { name: 'md5 :0 (Magento 1 salt)', upTo: 12, sql: (s, pw) => `CONCAT(MD5(CONCAT(SUBSTR(${s}, 1, 2), ${pw})), ':', SUBSTR(${s}, 1, 2), ':0')` },
  { name: 'md5 unsalted ::0', upTo: 14, sql: (_s, pw) => `CONCAT(MD5(${pw}), '::0')` },
  { name: 'sha256 :1', upTo: 40, sql: (s, pw) => `CONCAT(SHA2(CONCAT(${s}, ${pw}), 256), ':', ${s}, ':1')` },
  { name: 'argon2id13 :2', upTo: 50, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`CONCAT(${s}, ${pw})`)}, ':', SUBSTR(${s}, 1, 16), ':2')` },
  { name: 'argon2id13 :3_32_2_67108864', upTo: 68, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`CONCAT(${s}, ${pw})`)}, ':', ${s}, ':3_32_2_67108864')` },
  { name: 'argon2id13 :3_32_4_33554432', upTo: 69, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`CONCAT(${s}, ${pw})`)}, ':', ${s}, ':3_32_4_33554432')` },
  { name: 'chain :1:2', upTo: 75, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`SHA2(CONCAT(${s}, ${pw}), 256)`)}, ':', ${s}, ':1:2')` },
  { name: 'chain :0:2', upTo: 78, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`MD5(CONCAT(${s}, ${pw}))`)}, ':', ${s}, ':0:2')` },
  { name: 'chain :0:1', upTo: 80, sql: (s, pw) => `CONCAT(SHA2(CONCAT(${s}, MD5(CONCAT(${s}, ${pw}))), 256), ':', ${s}, ':0:1')` },
  { name: 'chain :1:3_32_2_67108864', upTo: 84, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`SHA2(CONCAT(${s}, ${pw}), 256)`)}, ':', ${s}, ':1:3_32_2_67108864')` },
  { name: 'chain :2:3_32_2_67108864', upTo: 85, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`CONCAT('2:', ${s}, ${pw})`)}, ':', SUBSTR(${s}, 1, 16), ':2:3_32_2_67108864')` },
  { name: 'hmac-sha256', upTo: 88, sql: (_s, pw) => hmacSql(pw) },
  { name: 'unversioned md5 (Magento 1)', upTo: 91, sql: (s, pw) => `CONCAT(MD5(CONCAT(SUBSTR(${s}, 1, 2), ${pw})), ':', SUBSTR(${s}, 1, 2))` },
  { name: 'unversioned sha256', upTo: 93, sql: (s, pw) => `CONCAT(SHA2(CONCAT(${s}, ${pw}), 256), ':', ${s})` },
  // The data-migration-tool cuts sha512:salt to the column (128) and keeps it whole in customer_entity_varchar.
  { name: 'unversioned sha512 (data-migration-tool)', upTo: 94, sql: (s, pw) => `SHA2(CONCAT(${s}, ${pw}), 512)` },
  { name: 'bcrypt', upTo: 96, placeholder: true, sql: (s, pw) => `CONCAT('$2y$04$', REPLACE(LEFT(TO_BASE64(UNHEX(SHA2(CONCAT('bcrypt-placeholder:', ${s}, ${pw}), 512))), 53), '+', '.'))` },
  { name: 'argon2id13 :3_32_2_67108864', upTo: 100, placeholder: true, sql: (s, pw) => `CONCAT(${placeholder(`CONCAT(${s}, ${pw})`)}, ':', ${s}, ':3_32_2_67108864')` },
];

function placeholder(inner: string): string {
  return `SHA2(CONCAT('argon2-placeholder:', ${inner}), 256)`;
}

const saltSql = (ctx: SeedContext, id: string) => `SUBSTR(MD5(CONCAT_WS(':', ${ctx.seed}, 'salt', ${id})), 1, 32)`;

function passwordHashSql(ctx: SeedContext, id: string): string {
  const r = rnd(ctx, 'pwfmt', id, 100);
  const salt = saltSql(ctx, id);
  const pw = customerPasswordSql(id);
  return `CASE ${PASSWORD_FORMATS.map((f) => `WHEN ${r} < ${f.upTo} THEN ${f.sql(salt, pw)}`).join('\n    ')} END`;
}

/** Magento\Framework\Encryption\Encryptor::getArgonHash: sodium_crypto_pwhash, 16-byte salt (cut or repeated), Argon2id13, 1 lane. */
export function magentoArgonHash(data: string, salt: string, ops = 2, mem = 67108864): Promise<string> {
  const s = Buffer.from(salt, 'utf8');
  const nonce = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) nonce[i] = s[i % s.length];
  return new Promise((resolve, reject) =>
    nodeCrypto.argon2('argon2id', { message: data, nonce, parallelism: 1, tagLength: 32, memory: mem / 1024, passes: ops }, (err, key) => (err ? reject(err) : resolve(key.toString('hex')))),
  );
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** The first customer of each argon2 format, and the first two bcrypt ones, get real hashes (computed here, in parallel). */
async function realSlowHashes(ctx: SeedContext): Promise<void> {
  const argon: Array<[RegExp, (pw: string, salt: string) => Promise<string>]> = [
    [/^[0-9a-f]{64}:[^:]+:2$/, (pw, s) => magentoArgonHash(pw, s)],
    [/^[0-9a-f]{64}:[^:]+:3_32_2_67108864$/, (pw, s) => magentoArgonHash(pw, s)],
    [/^[0-9a-f]{64}:[^:]+:3_32_4_33554432$/, (pw, s) => magentoArgonHash(pw, s, 4, 33554432)],
    [/^[0-9a-f]{64}:[^:]+:1:2$/, (pw, s) => magentoArgonHash(sha256(s + pw), s)],
    [/^[0-9a-f]{64}:[^:]+:0:2$/, (pw, s) => magentoArgonHash(md5(s + pw), s)],
    [/^[0-9a-f]{64}:[^:]+:1:3_32_2_67108864$/, (pw, s) => magentoArgonHash(sha256(s + pw), s)],
    [/^[0-9a-f]{64}:[^:]+:2:3_32_2_67108864$/, async (pw, s) => magentoArgonHash(await magentoArgonHash(pw, s), s)],
  ];
  const updates: Array<Promise<[number, string]>> = [];
  for (const [re, make] of argon) {
    const [rows] = await ctx.conn.query('SELECT entity_id, password_hash FROM customer_entity WHERE password_hash REGEXP ? ORDER BY entity_id LIMIT 1', [re.source]);
    const row = (rows as { entity_id: number; password_hash: string }[])[0];
    if (!row) continue;
    const [, salt, ...versions] = row.password_hash.split(':');
    updates.push(make(customerPassword(Number(row.entity_id)), salt).then((h) => [Number(row.entity_id), [h, salt, ...versions].join(':')]));
  }
  const [bcryptRows] = await ctx.conn.query("SELECT entity_id FROM customer_entity WHERE password_hash LIKE '$2y$04$%' ORDER BY entity_id LIMIT 2");
  for (const { entity_id: id } of bcryptRows as { entity_id: number }[]) {
    const salt = `$2y$04$${createHash('sha256').update(`${ctx.seed}:bcrypt:${id}`).digest('base64').replace(/[+=]/g, '.').slice(0, 22)}`;
    updates.push(Promise.resolve([Number(id), bcrypt.hashSync(customerPassword(Number(id)), salt)]));
  }
  for (const [id, hash] of await Promise.all(updates)) {
    await ctx.conn.query('UPDATE customer_entity SET password_hash = ?, updated_at = updated_at WHERE entity_id = ?', [hash, id]);
  }
  ctx.log(`customer_entity: real argon2 / bcrypt hashes for the first customers of each such format (${updates.length})`);
}

/** The full sha512:salt value the data-migration-tool keeps in customer_entity_varchar (attribute password_hash). */
async function migrationToolHashes(ctx: SeedContext): Promise<void> {
  const f = PASSWORD_FORMATS.findIndex((x) => x.name.startsWith('unversioned sha512'));
  const r = rnd(ctx, 'pwfmt', 'c.entity_id', 100);
  const salt = saltSql(ctx, 'c.entity_id');
  await run(ctx, 'customer_entity_varchar (password_hash)', `INSERT INTO customer_entity_varchar (attribute_id, entity_id, value)
    SELECT (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 1 AND attribute_code = 'password_hash'), c.entity_id,
      CONCAT(SHA2(CONCAT(${salt}, ${customerPasswordSql('c.entity_id')}), 512), ':', ${salt})
    FROM customer_entity c WHERE ${r} >= ${PASSWORD_FORMATS[f - 1].upTo} AND ${r} < ${PASSWORD_FORMATS[f].upTo} ORDER BY c.entity_id`);
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
      ${passwordHashSql(ctx, 'c.n')},
      IF(${rnd(ctx, 'rp', 'c.n', 20)} = 0, MD5(CONCAT('rp', c.n)), NULL), IF(${rnd(ctx, 'rp', 'c.n', 20)} = 0, ${created}, NULL),
      IF(${rnd(ctx, 'taxvat', 'c.n', 10)} = 0, CONCAT('DE', 100000000 + c.n), NULL),
      IF(${rnd(ctx, 'confirm', 'c.n', 30)} = 0, MD5(CONCAT('confirm', c.n)), NULL),
      NULLIF(${rnd(ctx, 'gender', 'c.n', 4)}, 0), IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, 3, 0),
      IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, ${created}, NULL), IF(${rnd(ctx, 'lock', 'c.n', 100)} = 0, TIMESTAMPADD(MINUTE, 30, ${created}), NULL)
    FROM magemig_seq c WHERE c.n <= ${ctx.profile.customers} ORDER BY c.n`);
  await realSlowHashes(ctx);
  await migrationToolHashes(ctx);
  await addresses(ctx);
  await run(ctx, 'customer_entity_int', `INSERT INTO customer_entity_int (attribute_id, entity_id, value)
    SELECT ${CUSTOMER_ATTRIBUTE_IDS.loyalty_tier}, c.entity_id, ${LOYALTY_FIRST_OPTION} + ${rnd(ctx, 'loyalty', 'c.entity_id', LOYALTY_TIERS.length)}
    FROM customer_entity c WHERE ${rnd(ctx, 'loyaltyon', 'c.entity_id', 10)} < 4 ORDER BY c.entity_id`);
  await createNewsletter(ctx);
  await applyCustomerDirt(ctx);
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
