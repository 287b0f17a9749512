/**
 * Magento 2.1 (Open Source and Enterprise): the tables and columns 2.2+ added are missing, row_id comes first
 * in Enterprise's staged tables. `inspect` and `migrate` probe the schema and work on it as on 2.4.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../core/mysql.ts';
import { inspectSource } from '../../extractors/inspect/index.ts';
import { seedSource } from '../../generator/index.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { downgradeTo21 } from '../fixtures/magento21.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each(['opensource', 'commerce'] as const)('Magento 2.1 %s', (edition) => {
  let dbs: TestDatabases;
  let products: number;
  beforeAll(async () => {
    dbs = await createTestDatabases(`m21${edition}`);
    const seeded = await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, force: true });
    products = seeded.entities.products;
    const conn = await mysql.createConnection(dbs.mysqlUrl);
    try {
      await downgradeTo21(conn, edition);
    } finally {
      await conn.end();
    }
  });
  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('inspect reads it: edition, store tree without group codes, counts, a 2.1 version hint', async () => {
    const { conn } = await openSource(dbs.mysqlUrl, { readOnly: true });
    try {
      const report = await inspectSource(conn, dbs.mysqlUrl);
      expect(report.edition).toBe(edition);
      expect(report.version.value).toBeNull();
      expect(report.version.hint).toContain('Magento_Catalog 2.1.3');
      // store_group.code does not exist before 2.2: inspect shows no code.
      expect(report.websites.flatMap((w) => w.groups).map((g) => g.code)).toEqual(report.websites.flatMap((w) => w.groups).map(() => ''));
      expect(report.absentTables).toEqual(expect.arrayContaining(['inventory_source_item']));
    } finally {
      await conn.end();
    }
  });

  it('migrate loads the catalog, every count adding up', async () => {
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration], batchSize: 7 });
    expect(report.error).toBeUndefined();
    expect(report.countsAddUp).toBe(true);
    const byEntity = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(byEntity.products.sourceCount).toBe(products);
    expect(byEntity.store_groups.loaded).toBeGreaterThan(0);
    const db = await pgClient(`${dbs.pgPrefix}_catalog`);
    try {
      const { rows } = await db.query<{ n: string; codes: string }>('SELECT count(*) AS n, count(code) AS codes FROM store_group');
      expect(rows[0]).toEqual({ n: String(byEntity.store_groups.loaded), codes: '0' });
    } finally {
      await db.end();
    }
  });
});
