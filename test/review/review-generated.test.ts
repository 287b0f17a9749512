/**
 * The review service on generated stores (both editions): summaries equal the store's review_entity_summary
 * for every product that still exists and every store view; reviews of deleted products rejected, reviews
 * of deleted customers kept as guest reviews, as many as generator/dirt.ts planted (counted with own SQL);
 * every loaded review's votes and store views as the source has them.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFlatDirt, seedSource } from '../../generator/index.ts';
import { reviewMigration } from '../../pipeline/review/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each([['opensource', 'small'], ['commerce', 'tiny']] as const)('review service on a generated %s store (%s: one and three store views)', (edition, profile) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const current = edition === 'commerce' ? 'AND p.created_in <= UNIX_TIMESTAMP() AND p.updated_in > UNIX_TIMESTAMP()' : '';

  beforeAll(async () => {
    dbs = await createTestDatabases(`review${edition.slice(0, 3)}`);
    await seedSource({ source: dbs.mysqlUrl, profile, edition, force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, reviewMigration, 50));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_review` });
    await target.connect();
  }, 120_000);
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('rejects the reviews of deleted products and keeps those of deleted customers as guest reviews', async () => {
    const dirt = expectedFlatDirt(profile);
    const [{ gone }] = await src<{ gone: number }>(`SELECT COUNT(*) AS gone FROM review r WHERE NOT EXISTS (SELECT 1 FROM catalog_product_entity p WHERE p.entity_id = r.entity_pk_value)`);
    const [{ lost }] = await src<{ lost: number }>('SELECT COUNT(*) AS lost FROM review_detail d WHERE d.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = d.customer_id)');
    expect([Number(gone), Number(lost)]).toEqual([dirt.reviewsOfDeletedProducts, dirt.reviewsOfDeletedCustomers]);
    const reviews = report.services[0].entities.find((e) => e.entity === 'reviews')!;
    expect(reviews).toMatchObject({ rejected: dirt.reviewsOfDeletedProducts, countsAddUp: true });
    expect(reviews.rejectsByReason).toEqual({ PRODUCT_DELETED: dirt.reviewsOfDeletedProducts, CUSTOMER_DELETED: dirt.reviewsOfDeletedCustomers });
    const { rows } = await target.query('SELECT count(*)::int AS n FROM review WHERE magento_id <= $1 AND customer_id IS NULL AND nickname <> \'\'', [dirt.reviewsOfDeletedCustomers]);
    expect(rows[0].n).toBe(dirt.reviewsOfDeletedCustomers);
  });

  it('keeps each review with its store views and votes as the source has them', async () => {
    const want = await src<{ review_id: number; stores: string; votes: string }>(`SELECT r.review_id,
        (SELECT GROUP_CONCAT(rs.store_id ORDER BY rs.store_id) FROM review_store rs WHERE rs.review_id = r.review_id) AS stores,
        (SELECT GROUP_CONCAT(CONCAT(v.rating_id, ':', v.value, ':', v.percent) ORDER BY v.vote_id) FROM rating_option_vote v WHERE v.review_id = r.review_id) AS votes
      FROM review r WHERE EXISTS (SELECT 1 FROM catalog_product_entity p WHERE p.entity_id = r.entity_pk_value) ORDER BY r.review_id`);
    const { rows } = await target.query(`SELECT r.magento_id::int AS review_id,
        (SELECT string_agg(rs.store_magento_id::text, ',' ORDER BY rs.store_magento_id) FROM review_store rs WHERE rs.review_id = r.id) AS stores,
        (SELECT string_agg(v.rating_magento_id || ':' || v.value || ':' || v.percent, ',' ORDER BY v.magento_id) FROM rating_vote v WHERE v.review_id = r.id) AS votes
      FROM review r ORDER BY r.magento_id`);
    expect(rows).toEqual(want.map((w) => ({ review_id: Number(w.review_id), stores: w.stores, votes: w.votes })));
  });

  it("equals review_entity_summary for every existing product's store views", async () => {
    const rows = await src<{ sku: string; code: string; reviews_count: number; rating_summary: number }>(
      `SELECT p.sku, s.code, res.reviews_count, res.rating_summary FROM review_entity_summary res
         JOIN catalog_product_entity p ON p.entity_id = res.entity_pk_value ${current} JOIN store s ON s.store_id = res.store_id ORDER BY res.primary_id`);
    expect(rows.length).toBeGreaterThan(profile === 'small' ? 100 : 30);
    let rated = 0;
    for (const r of rows) {
      const body = (await server.app.inject(`/reviews/summary/${encodeURIComponent(r.sku)}?store=${r.code}`)).json();
      expect([r.sku, r.code, body.reviews_count, body.rating_summary]).toEqual([r.sku, r.code, r.reviews_count, r.rating_summary]);
      if (r.rating_summary > 0) rated++;
    }
    expect(rated).toBeGreaterThan(profile === 'small' ? 20 : 5);
  });
});
