/**
 * The review service on the real Luma 2.4.2 dump: GET /reviews/summary/{sku} equals Magento's own
 * review_entity_summary for all its rows (125 products x stores 0 and 1), and each product's review list is
 * what the source's own SQL lists (visible on the store, approved, newest first), page by page.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { reviewMigration } from '../../pipeline/review/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

describe.skipIf(!lumaAvailable)('review service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    dbs = await createTestDatabases('reviewluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, reviewMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Luma's 346 reviews and 4 ratings, counts adding up", () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.reviews).toMatchObject({ sourceCount: 346, loaded: 346, rejected: 0 });
    expect(by.ratings).toMatchObject({ sourceCount: 4, loaded: 4 });
    expect(report.countsAddUp).toBe(true);
  });

  it('answers every row of review_entity_summary with its reviews_count and rating_summary', async () => {
    const rows = await src<{ sku: string; code: string; reviews_count: number; rating_summary: number }>(
      `SELECT p.sku, s.code, res.reviews_count, res.rating_summary FROM review_entity_summary res
         JOIN catalog_product_entity p ON p.entity_id = res.entity_pk_value JOIN store s ON s.store_id = res.store_id ORDER BY res.primary_id`);
    expect(rows).toHaveLength(250);
    for (const r of rows) {
      const body = (await get(`/reviews/summary/${encodeURIComponent(r.sku)}?store=${r.code}`)).json();
      expect({ sku: r.sku, store: r.code, reviews_count: body.reviews_count, rating_summary: body.rating_summary }).toEqual({ sku: r.sku, store: r.code, reviews_count: r.reviews_count, rating_summary: r.rating_summary });
    }
  });

  it("lists each product's approved reviews on store default, newest first, in cursor pages", async () => {
    const products = await src<{ sku: string; entity_id: number }>('SELECT DISTINCT p.sku, p.entity_id FROM review r JOIN catalog_product_entity p ON p.entity_id = r.entity_pk_value ORDER BY p.sku');
    let paged = 0;
    for (const p of products) {
      const want = await src<{ review_id: number; title: string; nickname: string; value: number | null }>(
        `SELECT r.review_id, d.title, d.nickname, (SELECT v.value FROM rating_option_vote v WHERE v.review_id = r.review_id LIMIT 1) AS value
           FROM review r JOIN review_detail d ON d.review_id = r.review_id JOIN review_store rs ON rs.review_id = r.review_id AND rs.store_id = 1
          WHERE r.entity_pk_value = ? AND r.status_id = 1 ORDER BY r.created_at DESC, r.review_id DESC`, [p.entity_id]);
      const got: Array<{ magento_id: number; title: string; nickname: string; ratings: Array<{ value: number }>; product: { id: string } }> = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/reviews?sku=${encodeURIComponent(p.sku)}&store=default&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        const body = res.json();
        got.push(...body.reviews);
        cursor = body.next_cursor;
        if (cursor) paged++;
      } while (cursor);
      expect(got.map((g) => [g.magento_id, g.title, g.nickname, g.ratings[0]?.value ?? null]), p.sku).toEqual(want.map((w) => [Number(w.review_id), w.title, w.nickname, w.value === null ? null : Number(w.value)]));
      for (const g of got) expect(g.product.id).toBe(entityUuid('product', p.entity_id));
    }
    expect(paged).toBeGreaterThan(10);
    expect((await get('/reviews?sku=24-MB01&store=default&cursor=garbage')).statusCode).toBe(400);
    expect((await get('/reviews?sku=24-MB01&store=default&color=red')).statusCode).toBe(400);
    expect((await get('/reviews/summary/NO-SUCH-SKU?store=default')).statusCode).toBe(404);
  });
});
