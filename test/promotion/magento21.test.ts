/**
 * Magento 2.1 shapes for the flat-table contexts: the same generated store in 2.4 form and in 2.1 form
 * (test/fixtures/magento21.ts: PHP-serialized rule conditions and actions, serialized url_rewrite metadata,
 * 2.2+ columns gone) migrates into identical promotion, content and review databases; only the settings that
 * follow the version differ (coupon expiration honoured in 2.1).
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { contentMigration } from '../../pipeline/content/index.ts';
import { promotionMigration } from '../../pipeline/promotion/index.ts';
import { reviewMigration } from '../../pipeline/review/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { downgradeTo21 } from '../fixtures/magento21.ts';
import { dumpDatabase } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each(['opensource', 'commerce'] as const)('a Magento 2.1 %s store (flat-table contexts)', (edition) => {
  let v24: TestDatabases;
  let v21: TestDatabases;
  const contexts = [promotionMigration, contentMigration, reviewMigration];

  beforeAll(async () => {
    v24 = await createTestDatabases(`m24flat${edition.slice(0, 3)}`);
    v21 = await createTestDatabases(`m21flat${edition.slice(0, 3)}`);
    for (const d of [v24, v21]) await seedSource({ source: d.mysqlUrl, profile: 'tiny', edition, force: true });
    const conn = await mysql.createConnection(v21.mysqlUrl);
    try {
      await downgradeTo21(conn, edition);
      const [[row]] = (await conn.query('SELECT conditions_serialized AS c FROM salesrule WHERE rule_id = 2 LIMIT 1')) as unknown as [Array<{ c: string }>];
      expect(row.c.startsWith('a:')).toBe(true);
    } finally {
      await conn.end();
    }
  });
  afterAll(async () => {
    await v24?.cleanup();
    await v21?.cleanup();
  });

  it('migrates into the same databases as its 2.4 twin', async () => {
    const ignore = { 'public.promotion_setting': ['value'] };
    for (const d of [v24, v21]) {
      const report = await runMigration({ source: d.mysqlUrl, target: d.pgUrl, dbPrefix: d.pgPrefix, contexts, batchSize: 25 });
      expect(report.status, report.error).toBe('completed');
      expect(report.countsAddUp).toBe(true);
      if (d === v21) expect(report.services[0].entities.find((e) => e.entity === 'sales_rules')!.stats['rules.php_serialized']).toBeGreaterThan(10);
    }
    for (const c of contexts) {
      const a = await dumpDatabase(`${v24.pgPrefix}_${c.name}`, { ignoreColumns: ignore });
      const b = await dumpDatabase(`${v21.pgPrefix}_${c.name}`, { ignoreColumns: ignore });
      // The service's own tables must be identical (the bookkeeping's counters differ: rules.php_serialized).
      const own = (d: typeof a) => Object.fromEntries(Object.entries(d).filter(([t]) => t.startsWith('public.')));
      expect(own(b), c.name).toEqual(own(a));
    }
    const db = new pg.Client({ connectionString: `${v21.pgUrl}/${v21.pgPrefix}_promotion` });
    await db.connect();
    try {
      const { rows } = await db.query("SELECT value FROM promotion_setting WHERE key = 'coupon_expiration'");
      expect(rows[0].value).toBe('honoured');
    } finally {
      await db.end();
    }
  }, 120_000);
});
