/**
 * The content service on generated stores (Open Source and Adobe Commerce, tiny): every url_rewrite row
 * resolved through GET /content/redirects/resolve and compared with the test's own reading of the source
 * (redirect-reading.ts); the planted loops, dangling and conflicting rows rejected with their reasons and
 * counted as generator/dirt.ts says; CMS pages and blocks as Magento picks them per store view (own SQL).
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { expectedFlatDirt, seedSource } from '../../generator/index.ts';
import { contentMigration } from '../../pipeline/content/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { expectedRedirects, type RewriteRow } from './redirect-reading.ts';
import { migrateAndServe } from './service-support.ts';

describe.each(['opensource', 'commerce'] as const)('content service on a generated %s store', (edition) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const current = edition === 'commerce' ? 'AND e.created_in <= UNIX_TIMESTAMP() AND e.updated_in > UNIX_TIMESTAMP()' : '';
  const key = edition === 'commerce' ? 'row_id' : 'page_id';

  beforeAll(async () => {
    dbs = await createTestDatabases(`content${edition.slice(0, 3)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, contentMigration, 40));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every entity, counts adding up, rejects exactly the planted dirt', () => {
    expect(report.countsAddUp).toBe(true);
    const urls = report.services[0].entities.find((e) => e.entity === 'url_rewrites')!;
    const dirt = expectedFlatDirt('tiny');
    expect(urls.rejectsByReason).toEqual({ REDIRECT_LOOP: dirt.redirectLoops, DANGLING_REFERENCE: dirt.danglingRewrites, CONFLICTING_CATEGORY: dirt.conflictingRewriteCategories });
    expect(urls.stats['url.chains_resolved']).toBeGreaterThan(0);
    for (const e of report.services[0].entities.filter((x) => x.entity !== 'url_rewrites')) expect(e.rejected, e.entity).toBe(0);
  });

  it('resolves every request path of every store view where the source says it leads', async () => {
    const rows = await src<RewriteRow>('SELECT url_rewrite_id, entity_type, entity_id, request_path, target_path, redirect_type, store_id, metadata FROM url_rewrite');
    const ids = async (sql: string) => new Set((await src<{ id: number }>(sql)).map((r) => Number(r.id)));
    const exists = { product: await ids('SELECT entity_id AS id FROM catalog_product_entity'), category: await ids('SELECT entity_id AS id FROM catalog_category_entity'), page: await ids('SELECT page_id AS id FROM cms_page') };
    const expected = expectedRedirects(rows, exists);
    const codes = new Map((await src<{ store_id: number; code: string }>('SELECT store_id, code FROM store')).map((s) => [Number(s.store_id), s.code]));
    const seen = { loaded: 0, refused: 0, chains: 0, custom: 0 };
    for (const r of rows) {
      const want = expected.get(r.url_rewrite_id)!;
      const res = await get(`/content/redirects/resolve?store=${codes.get(r.store_id)}&path=${encodeURIComponent(r.request_path)}`);
      if (!want.loaded) {
        expect(res.statusCode, `${r.request_path}: ${want.why}`).toBe(404);
        seen.refused++;
        continue;
      }
      expect(res.statusCode, r.request_path).toBe(200);
      const body = res.json();
      const t = want.target;
      expect({ path: r.request_path, type: body.redirect_type, target: body.target }).toEqual({
        path: r.request_path, type: want.redirect_type,
        target: {
          type: t.type, magento_id: t.magento_id, path: t.path,
          id: t.type === 'custom' ? null : entityUuid(t.type, t.magento_id!),
          category: t.category === null ? null : { id: entityUuid('category', t.category), magento_id: t.category },
        },
      });
      seen.loaded++;
      if (body.hops > 1) seen.chains++;
      if (t.type === 'custom') seen.custom++;
    }
    expect(seen.refused).toBe(Object.values(report.services[0].entities.find((e) => e.entity === 'url_rewrites')!.rejectsByReason).reduce((a, b) => a + b, 0));
    expect(seen.chains).toBeGreaterThan(3);
    expect(seen.custom).toBeGreaterThan(3);
  });

  it('answers a case or trailing-slash variant of a canonical path with a 301 to the stored path, and 404 for nowhere', async () => {
    const [row] = await src<{ request_path: string; code: string }>("SELECT u.request_path, s.code FROM url_rewrite u JOIN store s ON s.store_id = u.store_id WHERE u.entity_type = 'category' AND u.redirect_type = 0 LIMIT 1");
    const res = await get(`/content/redirects/resolve?store=${row.code}&path=/${encodeURIComponent(row.request_path.toUpperCase())}/`);
    expect(res.json()).toMatchObject({ redirect_type: 301, request_path: row.request_path, target: { type: 'category', path: row.request_path } });
    expect((await get(`/content/redirects/resolve?store=${row.code}&path=no/such/path.html`)).statusCode).toBe(404);
    expect((await get('/content/redirects/resolve?store=nope&path=x')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_STORE' });
    expect((await get(`/content/redirects/resolve?store=${row.code}`)).statusCode).toBe(400);
  });

  it('shows each store view the page and block Magento picks: store-specific before all stores, active only', async () => {
    const stores = await src<{ store_id: number; code: string }>('SELECT store_id, code FROM store WHERE store_id > 0');
    const identifiers = await src<{ identifier: string }>(`SELECT DISTINCT e.identifier FROM cms_page e WHERE 1 = 1 ${current}`);
    let specific = 0;
    for (const s of stores) {
      for (const { identifier } of identifiers) {
        // Page::checkIdentifier: active, store IN (0, store), ORDER BY store_id DESC LIMIT 1
        const [want] = await src<{ page_id: number; store_id: number }>(`SELECT e.page_id, ps.store_id FROM cms_page e JOIN cms_page_store ps ON ps.${key} = e.${key}
          WHERE e.identifier = ${my.escape(identifier)} AND e.is_active = 1 AND ps.store_id IN (0, ${s.store_id}) ${current} ORDER BY ps.store_id DESC, e.page_id LIMIT 1`);
        const res = await get(`/content/pages/${identifier}?store=${s.code}`);
        if (!want) { expect(res.statusCode, identifier).toBe(404); continue; }
        expect(res.json(), `${identifier}@${s.code}`).toMatchObject({ magento_id: Number(want.page_id), identifier, active: true, assigned_store: Number(want.store_id) });
        if (Number(want.store_id) > 0) specific++;
      }
    }
    expect(specific).toBeGreaterThan(0);
    const bkey = edition === 'commerce' ? 'row_id' : 'block_id';
    const blocks = await src<{ block_id: number; identifier: string; content: string; store_id: number }>(`SELECT e.block_id, e.identifier, e.content, bs.store_id FROM cms_block e
      JOIN cms_block_store bs ON bs.${bkey} = e.${bkey} WHERE e.is_active = 1 ${current} ORDER BY e.block_id`);
    for (const b of blocks) {
      const store = Number(b.store_id) === 0 ? stores[stores.length - 1] : stores.find((s) => Number(s.store_id) === Number(b.store_id))!;
      expect((await get(`/content/blocks/${b.identifier}?store=${store.code}`)).json()).toMatchObject({ magento_id: Number(b.block_id), content: b.content });
    }
  });

  it('keeps each page exactly as stored (content, layout, meta), from the current version in Commerce', async () => {
    const pages = await src<Record<string, unknown>>(`SELECT e.page_id, e.title, e.content, e.page_layout, e.meta_title, e.is_active, ${edition === 'commerce' ? 'e.row_id' : 'NULL AS row_id'} FROM cms_page e WHERE 1 = 1 ${current}`);
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_content` });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT magento_id AS page_id, title, content, page_layout, meta_title, active, row_id FROM cms_page ORDER BY magento_id');
      expect(rows).toEqual(pages.map((p) => ({ page_id: Number(p.page_id), title: p.title, content: p.content, page_layout: p.page_layout, meta_title: p.meta_title, active: Number(p.is_active) === 1, row_id: p.row_id === null ? null : Number(p.row_id) })).sort((a, b) => a.page_id - b.page_id));
    } finally {
      await db.end();
    }
  });
});
