/**
 * The promotion service on generated stores (both editions), read back against the source with the test's
 * own SQL: every rule with its websites, groups and trees, the third-party-condition rule loaded disabled and
 * reported; coupons and usage counters (repeated salesrule_customer pairs summed); each product's categories
 * with their anchor ancestors; a few carts through POST /promotion/evaluate.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFlatDirt, seedSource } from '../../generator/index.ts';
import { promotionMigration } from '../../pipeline/promotion/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each(['opensource', 'commerce'] as const)('promotion service on a generated %s store', (edition) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const q = async <T>(sql: string): Promise<T[]> => (await target.query(sql)).rows as T[];
  const staged = edition === 'commerce';
  const cur = (a: string) => (staged ? `AND ${a}.created_in <= UNIX_TIMESTAMP() AND ${a}.updated_in > UNIX_TIMESTAMP()` : '');
  const key = staged ? 'row_id' : 'rule_id';

  beforeAll(async () => {
    dbs = await createTestDatabases(`promo${edition.slice(0, 3)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, promotionMigration, 7));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_promotion` });
    await target.connect();
  });
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every rule with its websites and groups; a rule with a foreign condition class is loaded disabled and reported', async () => {
    const rules = await src<{ rule_id: number; is_active: number; conditions_serialized: string; websites: string; groups: string }>(`SELECT e.rule_id, e.is_active, e.conditions_serialized,
        (SELECT GROUP_CONCAT(w.website_id ORDER BY w.website_id) FROM salesrule_website w WHERE w.${key} = e.${key}) AS websites,
        (SELECT GROUP_CONCAT(g.customer_group_id ORDER BY g.customer_group_id) FROM salesrule_customer_group g WHERE g.${key} = e.${key}) AS \`groups\`
      FROM salesrule e WHERE 1 = 1 ${cur('e')} ORDER BY e.rule_id`);
    const foreign = (json: string): string[] => [...json.matchAll(/"type":"([^"]+)"/g)].map((m) => m[1].replace(/\\\\/g, '\\')).filter((t) => !t.startsWith('Magento\\SalesRule\\Model\\Rule\\Condition\\'));
    const loaded = await q<{ magento_id: number; is_active: boolean; websites: string; groups: string; disabled_reason: string | null }>(
      "SELECT magento_id, is_active, array_to_string(website_ids, ',') AS websites, array_to_string(customer_group_ids, ',') AS groups, disabled_reason FROM sales_rule ORDER BY magento_id");
    expect(loaded.map((r) => [r.magento_id, r.is_active, r.websites, r.groups])).toEqual(
      rules.map((r) => [Number(r.rule_id), Number(r.is_active) === 1 && foreign(r.conditions_serialized).length === 0, r.websites, r.groups]));
    const disabled = rules.filter((r) => foreign(r.conditions_serialized).length > 0);
    expect(disabled).toHaveLength(expectedFlatDirt('tiny').unevaluableRules);
    const e = report.services[0].entities.find((x) => x.entity === 'sales_rules')!;
    expect(e).toMatchObject({ loaded: rules.length, rejected: 0, rejectsByReason: { UNEVALUABLE_CONDITION: disabled.length } });
    expect(loaded.find((r) => r.magento_id === Number(disabled[0].rule_id))!.disabled_reason).toContain(foreign(disabled[0].conditions_serialized)[0]);
  });

  it('loads coupons and usage: per coupon and customer, per rule and customer (repeated pairs summed)', async () => {
    const coupons = await src<{ coupon_id: number; code: string; times_used: number }>('SELECT coupon_id, code, times_used FROM salesrule_coupon ORDER BY coupon_id');
    expect(await q('SELECT magento_id, code, times_used FROM coupon ORDER BY magento_id')).toEqual(coupons.map((c) => ({ magento_id: Number(c.coupon_id), code: c.code, times_used: Number(c.times_used) })));
    const usage = await src<{ coupon_id: number; customer_id: number; times_used: number }>('SELECT coupon_id, customer_id, times_used FROM salesrule_coupon_usage ORDER BY 1, 2');
    expect(await q('SELECT c.magento_id AS coupon_id, u.customer_magento_id AS customer_id, u.times_used FROM coupon_usage u JOIN coupon c ON c.id = u.coupon_id ORDER BY 1, 2'))
      .toEqual(usage.map((u) => ({ coupon_id: Number(u.coupon_id), customer_id: Number(u.customer_id), times_used: Number(u.times_used) })));
    const perRule = await src<{ rule_id: number; customer_id: number; n: number }>('SELECT rule_id, customer_id, SUM(times_used) AS n FROM salesrule_customer GROUP BY 1, 2 ORDER BY 1, 2');
    expect(await q('SELECT r.magento_id AS rule_id, u.customer_magento_id AS customer_id, u.times_used AS n FROM rule_customer u JOIN sales_rule r ON r.id = u.rule_id ORDER BY 1, 2'))
      .toEqual(perRule.map((u) => ({ rule_id: Number(u.rule_id), customer_id: Number(u.customer_id), n: Number(u.n) })));
    const e = report.services[0].entities.find((x) => x.entity === 'rule_customers')!;
    expect(e.stats['usage.rule_customer_rows_merged']).toBe(expectedFlatDirt('tiny').duplicateRuleCustomerRows);
  });

  it("keeps each product's categories with their anchor ancestors, as Magento's category index has them", async () => {
    const cats = await src<{ entity_id: number; path: string; anchor: number | null }>(`SELECT e.entity_id, e.path, (SELECT v.value FROM catalog_category_entity_int v
      WHERE v.${staged ? 'row_id' : 'entity_id'} = e.${staged ? 'row_id' : 'entity_id'} AND v.store_id = 0 AND v.attribute_id = (SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'is_anchor' AND entity_type_id = 3)) AS anchor
      FROM catalog_category_entity e WHERE 1 = 1 ${cur('e')}`);
    const byId = new Map(cats.map((c) => [Number(c.entity_id), c]));
    const links = await src<{ product_id: number; category_id: number }>('SELECT product_id, category_id FROM catalog_category_product');
    const want = new Map<number, Set<number>>();
    for (const l of links) {
      const set = want.get(Number(l.product_id)) ?? new Set<number>();
      set.add(Number(l.category_id));
      for (const a of (byId.get(Number(l.category_id))?.path ?? '').split('/').slice(1, -1).map(Number)) if (Number(byId.get(a)?.anchor) === 1) set.add(a);
      want.set(Number(l.product_id), set);
    }
    const got = await q<{ magento_id: number; category_ids: number[] }>('SELECT magento_id, category_ids FROM product ORDER BY magento_id');
    expect(got.length).toBeGreaterThan(40);
    let anchored = 0;
    for (const p of got) {
      const w = [...(want.get(p.magento_id) ?? [])].sort((a, b) => a - b);
      expect(p.category_ids, String(p.magento_id)).toEqual(w);
      if (w.length > (links.filter((l) => Number(l.product_id) === p.magento_id).length)) anchored++;
    }
    expect(anchored).toBeGreaterThan(0);
  });

  it('evaluates carts: the $100 free-shipping threshold, the 4th-free rule, 3% for check / money order', async () => {
    const [{ sku }] = await q<{ sku: string }>('SELECT sku FROM product WHERE 3 = ANY(category_ids) ORDER BY magento_id LIMIT 1');
    const evaluate = async (body: Record<string, unknown>) => (await server.app.inject({ method: 'POST', url: '/promotion/evaluate', payload: { website: 'base', customer_group: 1, ...body } })).json();
    const small = await evaluate({ subtotal: '40', payment_method: 'banktransfer', items: [{ sku, qty: 1, price: '40' }] });
    expect(small).toMatchObject({ free_shipping: false });
    const big = await evaluate({ subtotal: '160', payment_method: 'checkmo', shipping: { country_id: 'US' }, items: [{ sku, qty: 4, price: '40' }] });
    const names = big.rules_applied.map((r: { name: string }) => r.name);
    expect(big.free_shipping).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['Free shipping over $100', 'Buy 3, get the 4th free']));
    expect(names).not.toContain('Segment members 10% (third-party condition)');
  });
});
