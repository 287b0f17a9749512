/**
 * `magemig verify` on a generated Adobe Commerce store (staged entities keyed by row_id, created_in/updated_in
 * versions): every context agrees with the target the migration wrote, reading the version current at the
 * staging version the target was migrated at; then a staged entity's value changed in the target (a cart
 * rule's discount) is named.
 */
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
  dbs = await createTestDatabases('verifycommerce');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition: 'commerce', force: true });
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS.filter((c) => c.verify) });
  expect(report.error).toBeUndefined();
});
afterAll(async () => {
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

    const c = await pgClient(`${dbs.pgPrefix}_promotion`);
    const { rows: [rule] } = await c.query<{ magento_id: number }>('SELECT magento_id FROM sales_rule ORDER BY magento_id LIMIT 1');
    await c.query('UPDATE sales_rule SET discount_amount = discount_amount + 0.01 WHERE magento_id = $1', [rule.magento_id]);
    await c.end();
    const after = await verify();
    expect(after.status).toBe('differs');
    const changed = after.services.find((s) => s.service === 'promotion')!.entities.find((e) => e.entity === 'sales_rules')!;
    expect(changed.differences.map((d) => `${d.key} ${d.field}`)).toEqual([`rule_id=${rule.magento_id} discount_amount`]);
  });
});
