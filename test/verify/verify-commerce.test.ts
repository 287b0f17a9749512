/**
 * `magemig verify` on a generated Adobe Commerce store (staged entities keyed by row_id, created_in/updated_in
 * versions): every context agrees with the target the migration wrote, reading the version current at the
 * staging version the target was migrated at; then a staged entity's value changed in the target (a cart
 * rule's discount) is named.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { runVerify } from '../../verify/run-verify.ts';
import type { VerifyReport } from '../../verify/types.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
const verify = (): Promise<VerifyReport> =>
  runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS.filter((c) => c.verify).map((c) => ({ name: c.name, verify: c.verify! })), sample: 'full' });

beforeAll(async () => {
  // The payment context seals the vault's gateway tokens under this key (never compared by verify).
  process.env.MAGEMIG_PAYMENT_KEY = randomBytes(32).toString('base64');
  dbs = await createTestDatabases('verifycommerce');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition: 'commerce', force: true });
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS.filter((c) => c.verify) });
  expect(report.error).toBeUndefined();
});
afterAll(async () => {
  delete process.env.MAGEMIG_PAYMENT_KEY;
  await dbs?.cleanup();
});

describe('magemig verify on Adobe Commerce', () => {
  it('agrees in every context, and names a changed staged value', async () => {
    const r = await verify();
    const differing = r.services.flatMap((s) => s.entities).filter((e) => !e.agrees);
    expect(differing.map((e) => `${e.service}/${e.entity}: ${JSON.stringify(e.differences.slice(0, 3))}`)).toEqual([]);
    expect(r.status).toBe('agrees');
    const rules = r.services.find((s) => s.service === 'promotion')!.entities.find((e) => e.entity === 'sales_rules')!;
    expect(rules.sampled).toBeGreaterThan(0);
    const loyalty = r.services.find((s) => s.service === 'loyalty')!.entities;
    expect(loyalty.filter((e) => e.counts.source > 0).map((e) => e.entity)).toEqual(expect.arrayContaining(['rewards', 'store_credit', 'gift_cards']));
    expect(r.services.find((s) => s.service === 'return')!.entities[0].measures.some((m) => m.measure === 'items' && m.source !== '0')).toBe(true);

    const c = await pgClient(`${dbs.pgPrefix}_promotion`);
    const { rows: [rule] } = await c.query<{ magento_id: number }>('SELECT magento_id FROM sales_rule ORDER BY magento_id LIMIT 1');
    await c.query('UPDATE sales_rule SET discount_amount = discount_amount + 0.01 WHERE magento_id = $1', [rule.magento_id]);
    await c.end();
    // Adobe Commerce's own: a gift card's balance.
    const l = await pgClient(`${dbs.pgPrefix}_loyalty`);
    const { rows: [card] } = await l.query<{ magento_id: number; website: string }>('SELECT magento_id, website_magento_id::text AS website FROM gift_card ORDER BY magento_id LIMIT 1');
    await l.query('UPDATE gift_card SET balance = balance + 1 WHERE magento_id = $1', [card.magento_id]);
    await l.end();
    // And a returned item's quantity.
    const rt = await pgClient(`${dbs.pgPrefix}_return`);
    await rt.query('UPDATE rma_item SET qty_requested = qty_requested + 1 WHERE magento_id = (SELECT min(magento_id) FROM rma_item)');
    await rt.end();
    const after = await verify();
    expect(after.status).toBe('differs');
    const changed = after.services.find((s) => s.service === 'promotion')!.entities.find((e) => e.entity === 'sales_rules')!;
    expect(changed.differences.map((d) => `${d.key} ${d.field}`)).toEqual([`rule_id=${rule.magento_id} discount_amount`]);
    const cards = after.services.find((s) => s.service === 'loyalty')!.entities.find((e) => e.entity === 'gift_cards')!;
    expect(cards.measures.filter((m) => !m.agrees).map((m) => `${m.measure}@${m.group}`)).toEqual([`balance@${card.website}`]);
    const returns = after.services.find((s) => s.service === 'return')!.entities.find((e) => e.entity === 'returns')!;
    expect(returns.measures.filter((m) => !m.agrees).map((m) => m.measure)).toEqual(['qty_requested']);
  });
});
