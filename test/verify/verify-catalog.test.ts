/**
 * `magemig verify` on a migrated store: it agrees with an untouched target, and then finds each kind of damage
 * done to the target behind the migration's back: a deleted row, a changed value, a changed store-view value,
 * a broken reference. Exit codes and the one-line summary are the CLI's.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { catalogVerify } from '../../verify/catalog/index.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { verifyReportSchema, type VerifyReport } from '../../verify/types.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let dbs: TestDatabases;

const verify = (sample: number | 'full' = 'full'): Promise<VerifyReport> =>
  runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [{ name: 'catalog', verify: catalogVerify }], sample });

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'bin', 'magemig'), ['verify', ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function target(sql: string): Promise<void> {
  const c = await pgClient(`${dbs.pgPrefix}_catalog`);
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  dbs = await createTestDatabases('verifycat');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration] });
  expect(report.error).toBeUndefined();
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('magemig verify', () => {
  it('agrees with a target the migration wrote, dirt and rejects included; the report follows its schema', async () => {
    const r = await verify();
    expect(r.error).toBeUndefined();
    expect(r.status).toBe('agrees');
    expect(verifyReportSchema.parse(r)).toBeTruthy();
    const products = r.services[0].entities.find((e) => e.entity === 'products')!;
    expect(products.counts.addsUp).toBe(true);
    expect(products.counts.rejected).toBeGreaterThan(0);
    expect(products.fieldsCompared).toBeGreaterThan(1000);
    const c = await cli(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--only', 'catalog', '--sample', '20']);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/verify: source and target agree/);
  });

  it('reports a deleted row, a changed value, a changed store-view value and a broken reference, each by key', async () => {
    const c = await pgClient(`${dbs.pgPrefix}_catalog`);
    const { rows: [gone] } = await c.query<{ sku: string }>("SELECT sku FROM product WHERE type = 'simple' ORDER BY magento_id OFFSET 3 LIMIT 1");
    const { rows: [changed] } = await c.query<{ sku: string }>("SELECT sku FROM product WHERE attributes ? 'weight' ORDER BY magento_id LIMIT 1");
    const { rows: [scoped] } = await c.query<{ sku: string; code: string }>(
      "SELECT p.sku, s.code FROM product_store_attributes a JOIN product p ON p.id = a.product_id JOIN store s ON s.id = a.store_id WHERE a.attributes ? 'name' ORDER BY p.magento_id LIMIT 1");
    const { rows: [linked] } = await c.query<{ sku: string }>('SELECT p.sku FROM product_category pc JOIN product p ON p.id = pc.product_id ORDER BY p.magento_id DESC LIMIT 1');
    await c.end();
    await target(`
      DELETE FROM product_website WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_category WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_store_attributes WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_website_attributes WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_configurable_child WHERE child_id = (SELECT id FROM product WHERE sku = '${gone.sku}') OR parent_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_link WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}') OR linked_product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product_media WHERE product_id = (SELECT id FROM product WHERE sku = '${gone.sku}');
      DELETE FROM product WHERE sku = '${gone.sku}';
      UPDATE product SET attributes = jsonb_set(attributes, '{weight}', '"999.000000"') WHERE sku = '${changed.sku}';
      UPDATE product_store_attributes a SET attributes = jsonb_set(a.attributes, '{name}', '"Tampered"')
        FROM product p, store s WHERE p.id = a.product_id AND s.id = a.store_id AND p.sku = '${scoped.sku}' AND s.code = '${scoped.code}';
      UPDATE product_category SET category_id = '00000000-0000-5000-8000-000000000000'
        WHERE product_id = (SELECT id FROM product WHERE sku = '${linked.sku}') AND category_id = (SELECT category_id FROM product_category pc JOIN product p ON p.id = pc.product_id WHERE p.sku = '${linked.sku}' LIMIT 1);
    `);
    const r = await verify();
    expect(r.status).toBe('differs');
    const products = r.services[0].entities.find((e) => e.entity === 'products')!;
    expect(products.counts.addsUp).toBe(false);
    expect(products.keySets.find((k) => k.name === 'sku')!.missing).toEqual([gone.sku]);
    const diffs = products.differences.map((d) => `${d.key} ${d.field}`);
    expect(diffs).toContain(`sku=${changed.sku},store=default weight`);
    expect(products.differences.find((d) => d.field === 'weight')).toMatchObject({ target: '999.000000' });
    expect(diffs).toContain(`sku=${scoped.sku},store=${scoped.code} name`);
    expect(products.differences.find((d) => d.field === 'name' && d.target === 'Tampered')).toBeTruthy();
    expect(diffs).toContain(`sku=${linked.sku} categories`);

    const file = join(await mkdtemp(join(tmpdir(), 'magemig-verify-')), 'verify.md');
    const c2 = await cli(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--only', 'catalog', '--full', '--report', file, '--json']);
    expect(c2.code).toBe(1);
    expect(c2.stderr.trim().split('\n').at(-1)).toMatch(/^magemig: \d+ difference\(s\) in catalog\/products/);
    const doc = JSON.parse(c2.stdout) as VerifyReport;
    expect(doc.status).toBe('differs');
    expect(await readFile(file, 'utf8')).toContain(`| sku=${scoped.sku},store=${scoped.code} | name |`);
  });
});
