/**
 * Newsletter subscriptions and the customer dirt of a generated store (called by createCustomers).
 *
 * Subscriptions: 30% of customers on their own store (status 1 subscribed mostly; 2 not activated,
 * 3 unsubscribed, 4 unconfirmed), a quarter of them also on the next website's first store (Magento 2.4
 * subscribes per website), and guest subscribers (customer_id 0, not customers).
 *
 * Dirt (counted exactly, expectedCustomerDirt): one kind per residue of the customer id, never a customer
 * with a zero date of birth (generator/dirt.ts) nor the customer a cross-website e-mail copies:
 *  - invalidEmails: e-mails that are not addresses ('customerN@', 'customer N at example.com');
 *  - nulBytesInNames: CHAR(0) inside the firstname;
 *  - unknownPasswordHashes: a '{SSHA}...' value (an LDAP hash from some import), no Magento format;
 *  - crossWebsiteEmails (two websites or more): a customer moved to another website with the e-mail of the
 *    customer before it, legitimate when accounts are per website, a duplicate when they are global;
 *  - orphanAddresses: addresses whose customer does not exist (deleted with foreign key checks off).
 */
import { dirtTargets } from '../dirt.ts';
import type { Profile } from '../profiles.ts';
import { rnd, run, type SeedContext } from '../session.ts';

export interface CustomerDirtCounts {
  invalidEmails: number;
  nulBytesInNames: number;
  unknownPasswordHashes: number;
  crossWebsiteEmails: number;
  orphanAddresses: number;
}

interface CustomerDirtTargets {
  invalidEmails: number[];
  nulBytesInNames: number[];
  unknownPasswordHashes: number[];
  crossWebsiteEmails: number[];
  orphanAddresses: number;
}

export function customerDirtTargets(p: Profile): CustomerDirtTargets {
  const zero = new Set(dirtTargets(p).zeroDobCustomers);
  const count = Math.max(1, Math.floor(p.customers / 100));
  const stride = Math.floor(p.customers / count);
  const ids = (offset: number, avoidPrevious = false) =>
    Array.from({ length: count }, (_, i) => offset + i * stride).filter((id) => id <= p.customers && !zero.has(id) && !(avoidPrevious && zero.has(id - 1)));
  return {
    invalidEmails: ids(3),
    nulBytesInNames: ids(5),
    unknownPasswordHashes: ids(7),
    crossWebsiteEmails: p.websites >= 2 ? ids(9, true) : [],
    orphanAddresses: count,
  };
}

export function expectedCustomerDirt(p: Profile): CustomerDirtCounts {
  const t = customerDirtTargets(p);
  return {
    invalidEmails: t.invalidEmails.length,
    nulBytesInNames: t.nulBytesInNames.length,
    unknownPasswordHashes: t.unknownPasswordHashes.length,
    crossWebsiteEmails: t.crossWebsiteEmails.length,
    orphanAddresses: t.orphanAddresses,
  };
}

export async function createNewsletter(ctx: SeedContext): Promise<void> {
  const status = `ELT(1 + ${rnd(ctx, 'nlst', 'c.entity_id', 10)}, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4)`;
  const changed = `TIMESTAMPADD(DAY, ${rnd(ctx, 'nlday', 'c.entity_id', 300)}, c.created_at)`;
  await run(ctx, 'newsletter_subscriber', `INSERT INTO newsletter_subscriber (store_id, change_status_at, customer_id, subscriber_email, subscriber_status, subscriber_confirm_code)
    SELECT c.store_id, ${changed}, c.entity_id, c.email, ${status}, MD5(CONCAT('nl', c.entity_id))
    FROM customer_entity c WHERE ${rnd(ctx, 'nl', 'c.entity_id', 10)} < 3 ORDER BY c.entity_id`);
  if (ctx.stores.length >= 2) {
    const next = `CASE c.website_id ${ctx.stores.map((_, i) => `WHEN ${i + 1} THEN ${ctx.stores[(i + 1) % ctx.stores.length][0]}`).join(' ')} END`;
    await run(ctx, 'newsletter_subscriber (second website)', `INSERT INTO newsletter_subscriber (store_id, change_status_at, customer_id, subscriber_email, subscriber_status, subscriber_confirm_code)
      SELECT ${next}, ${changed}, c.entity_id, c.email, 1, MD5(CONCAT('nl2', c.entity_id))
      FROM customer_entity c WHERE ${rnd(ctx, 'nl', 'c.entity_id', 10)} < 3 AND ${rnd(ctx, 'nl2', 'c.entity_id', 4)} = 0 ORDER BY c.entity_id`);
  }
  await run(ctx, 'newsletter_subscriber (guests)', `INSERT INTO newsletter_subscriber (store_id, change_status_at, customer_id, subscriber_email, subscriber_status, subscriber_confirm_code)
    SELECT ${ctx.stores[0][0]}, '2024-01-01 00:00:00', 0, CONCAT('guest', s.n, '@example.com'), 1, MD5(CONCAT('guest', s.n))
    FROM magemig_seq s WHERE s.n <= ${Math.max(2, Math.floor(ctx.profile.customers / 50))} ORDER BY s.n`);
}

export async function applyCustomerDirt(ctx: SeedContext): Promise<void> {
  const t = customerDirtTargets(ctx.profile);
  const list = (ids: number[]) => (ids.length ? ids.join(', ') : 'NULL');
  await run(ctx, 'dirt: invalid e-mails', `UPDATE customer_entity SET email = IF(entity_id % 2 = 0, CONCAT('customer', entity_id, '@'), CONCAT('customer ', entity_id, ' at example.com')),
    updated_at = updated_at WHERE entity_id IN (${list(t.invalidEmails)})`);
  await run(ctx, 'dirt: NUL bytes (customer_entity.firstname)', `UPDATE customer_entity SET firstname = CONCAT(LEFT(firstname, 2), CHAR(0), SUBSTRING(firstname, 3)),
    updated_at = updated_at WHERE entity_id IN (${list(t.nulBytesInNames)})`);
  await run(ctx, 'dirt: unknown password hashes', `UPDATE customer_entity SET password_hash = CONCAT('{SSHA}', TO_BASE64(UNHEX(SHA2(CONCAT('ssha', entity_id), 256)))),
    updated_at = updated_at WHERE entity_id IN (${list(t.unknownPasswordHashes)})`);
  if (t.crossWebsiteEmails.length) {
    const firstStore = `CASE w.website_id ${ctx.stores.map((ids, i) => `WHEN ${i + 1} THEN ${ids[0]}`).join(' ')} END`;
    await run(ctx, 'dirt: one e-mail on two websites', `UPDATE customer_entity c
      JOIN (SELECT entity_id, email, website_id FROM customer_entity) o ON o.entity_id = c.entity_id - 1
      JOIN (SELECT website_id FROM store_website WHERE website_id > 0) w ON w.website_id = IF(o.website_id = 1, 2, 1)
      SET c.email = o.email, c.website_id = w.website_id, c.store_id = ${firstStore}, c.updated_at = c.updated_at
      WHERE c.entity_id IN (${list(t.crossWebsiteEmails)})`);
  }
  await run(ctx, 'dirt: addresses of deleted customers', `INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, is_active, city, company,
      country_id, firstname, lastname, postcode, region, region_id, street, telephone)
    SELECT m.last_id + s.n, m.last_customer + 1000 + s.n, a.created_at, a.updated_at, 1, a.city, a.company, a.country_id, a.firstname, a.lastname,
      a.postcode, a.region, a.region_id, a.street, a.telephone
    FROM magemig_seq s
    JOIN (SELECT MAX(entity_id) AS last_id, (SELECT MAX(entity_id) FROM customer_entity) AS last_customer FROM customer_address_entity) m
    JOIN customer_address_entity a ON a.entity_id = s.n
    WHERE s.n <= ${t.orphanAddresses} ORDER BY s.n`);
}
