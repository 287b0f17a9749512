/**
 * The pricing read model (price_facts, built by Postgres in the products and tier-prices batch transactions,
 * read with one query per quote) against the row-by-row assembly it replaces (repository.ts: productBySku,
 * activeRules, assembleQuoteFacts): on generated tiny stores (two websites in two timezones, tier and group
 * prices, special price windows, catalog rules; loaded in batches of 7, so tier prices and parts arrive in
 * later batches than the products they belong to) and on the Luma store, for every product of every type,
 * website and customer group, the facts are equal, and so is the quote for several quantities and for every
 * date where a special price or a rule starts or ends (and the days around). The route answers the same
 * 404s as before for an unknown website, group or SKU.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import { pricingMigration } from '../../pipeline/pricing/index.ts';
import { buildHttpServer } from '../../services/kit/index.ts';
import { activeRules, assembleQuoteFacts, findWebsite, pricingService, productBySku, quote, readQuote } from '../../services/pricing/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { migrateToPool } from '../support/migrated.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

const QTYS = ['1', '2', '10', '2.5'];

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every date a special price or a rule starts or ends, the day before and after, and a fixed day. */
async function interestingDates(db: pg.Pool, fixed: string): Promise<string[]> {
  const { rows } = await db.query<{ d: string }>(`SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS d FROM (
      SELECT special_from_date AS d FROM product_price UNION SELECT special_to_date FROM product_price
      UNION SELECT from_date FROM catalog_rule UNION SELECT to_date FROM catalog_rule) x WHERE d IS NOT NULL`);
  const out = new Set<string>([fixed]);
  for (const r of rows) for (const k of [-1, 0, 1]) out.add(shiftDay(r.d, k));
  return [...out].sort();
}

interface Compared {
  quotes: number;
  facts: number;
  types: Set<string>;
  mismatches: string[];
}

async function compareAll(db: pg.Pool, fixedDate: string): Promise<Compared> {
  const websites = (await db.query<{ code: string }>('SELECT code FROM website ORDER BY magento_id')).rows.map((r) => r.code);
  const groups = (await db.query<{ id: number }>('SELECT magento_id AS id FROM customer_group ORDER BY magento_id')).rows.map((r) => r.id);
  const skus = (await db.query<{ sku: string }>('SELECT sku FROM product ORDER BY magento_id')).rows.map((r) => r.sku);
  const dates = await interestingDates(db, fixedDate);
  const out: Compared = { quotes: 0, facts: 0, types: new Set(), mismatches: [] };
  for (const code of [null, ...websites]) {
    const website = (await findWebsite(db, code ?? undefined))!;
    for (const sku of skus) {
      const product = (await productBySku(db, sku, website.magentoId))!;
      const assembled = await assembleQuoteFacts(db, product, website.magentoId);
      out.types.add(product.type);
      for (const group of groups) {
        const read = await readQuote(db, sku, code, group);
        if (read.found !== 'product') {
          out.mismatches.push(`${sku}@${code}/${group}: read model says ${read.found}`);
          continue;
        }
        expect(read.website).toEqual(website);
        const rules = await activeRules(db, website.magentoId, group);
        try {
          expect(read.facts).toEqual(assembled);
          expect(read.rules.sort((a, b) => a.magentoId - b.magentoId)).toEqual(rules.sort((a, b) => a.magentoId - b.magentoId));
          out.facts++;
        } catch {
          out.mismatches.push(`${sku}@${code}/${group}: facts differ`);
          continue;
        }
        for (const qty of QTYS) {
          for (const at of dates) {
            const req = { website, customerGroupId: group, qty, at };
            const mine = quote(read.facts, read.rules, req);
            const theirs = quote(assembled, rules, req);
            out.quotes++;
            if (JSON.stringify(mine) !== JSON.stringify(theirs)) out.mismatches.push(`${sku}@${code}/${group} qty ${qty} on ${at}`);
          }
        }
      }
    }
  }
  return out;
}

async function expectSame404s(dbs: TestDatabases, sku: string): Promise<void> {
  const server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [pricingService] });
  try {
    const get = async (url: string) => {
      const res = await server.app.inject({ method: 'GET', url });
      return [res.statusCode, res.json().code];
    };
    const s = encodeURIComponent(sku);
    expect(await get(`/pricing/prices/${s}?website=nosuchsite`)).toEqual([404, 'UNKNOWN_WEBSITE']);
    expect(await get(`/pricing/prices/${s}?customer_group=987654`)).toEqual([404, 'UNKNOWN_CUSTOMER_GROUP']);
    // The website is checked before the group, the group before the SKU (as the assembly did).
    expect(await get('/pricing/prices/no-such-sku?website=nosuchsite&customer_group=987654')).toEqual([404, 'UNKNOWN_WEBSITE']);
    expect(await get('/pricing/prices/no-such-sku?customer_group=987654')).toEqual([404, 'UNKNOWN_CUSTOMER_GROUP']);
    expect(await get('/pricing/prices/no-such-sku')).toEqual([404, 'UNKNOWN_SKU']);
    expect(await get(`/pricing/prices/${s}?color=red`)).toEqual([400, 'BAD_REQUEST']);
    expect((await get(`/pricing/prices/${s}`))[0]).toBe(200);
  } finally {
    await server.close();
  }
}

describe.each(['opensource', 'commerce'] as const)('the pricing read model of a generated tiny store (%s)', (edition) => {
  let dbs: TestDatabases;
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases(`pricerm${edition.slice(0, 2)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 5 });
    db = await migrateToPool(dbs, pricingMigration, 7);
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('answers every product, website, group, quantity and date as the row-by-row assembly', async () => {
    const c = await compareAll(db, '2023-06-15');
    expect(c.mismatches.slice(0, 20)).toEqual([]);
    expect([...c.types].sort()).toEqual(expect.arrayContaining(['bundle', 'configurable', 'grouped', 'simple']));
    expect(c.facts).toBeGreaterThan(100);
    expect(c.quotes).toBeGreaterThan(5000);
    // The store really has what the quote reads from later batches: tier prices, and rules with dates.
    expect(Number((await db.query('SELECT count(*) AS n FROM tier_price')).rows[0].n)).toBeGreaterThan(10);
  }, 300_000);

  it('answers the same errors for an unknown website, group or SKU', async () => {
    const { rows } = await db.query<{ sku: string }>('SELECT sku FROM product ORDER BY magento_id LIMIT 1');
    await expectSame404s(dbs, rows[0].sku);
  });
});

describe.skipIf(!lumaAvailable)('the pricing read model of the Luma store', () => {
  let dbs: TestDatabases;
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases('pricermluma');
    await loadLumaDump(dbs.mysqlDatabase);
    db = await migrateToPool(dbs, pricingMigration, 300);
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('answers every product, website, group, quantity and date as the row-by-row assembly', async () => {
    // 2021-07-03: the date Magento's price index was built (rule prices exist around it).
    const c = await compareAll(db, '2021-07-03');
    expect(c.mismatches.slice(0, 20)).toEqual([]);
    expect(c.facts).toBe(2046 * 2 * 4);
    expect(c.quotes).toBeGreaterThan(100_000);
  }, 600_000);
});
