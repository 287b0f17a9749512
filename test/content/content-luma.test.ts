/**
 * The content service on the real Luma 2.4.2 dump: its 6 pages and 18 blocks as store view `default` shows
 * them (Magento's own store-0 assignment), and all 766 URL rewrites resolved to the product, category or CMS
 * page their target route names (category-scoped product URLs keeping their category), read independently.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { contentMigration } from '../../pipeline/content/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { migrateAndServe } from './service-support.ts';

describe.skipIf(!lumaAvailable)('content service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    dbs = await createTestDatabases('contentluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, contentMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads 6 pages, 18 blocks and 766 rewrites with no reject', () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.cms_pages).toMatchObject({ sourceCount: 6, loaded: 6, rejected: 0 });
    expect(by.cms_blocks).toMatchObject({ sourceCount: 18, loaded: 18, rejected: 0 });
    expect(by.url_rewrites).toMatchObject({ sourceCount: 766, loaded: 766, rejected: 0 });
  });

  it('serves every page and block with its content exactly as stored', async () => {
    for (const p of await src<{ page_id: number; identifier: string; title: string; content: string; meta_keywords: string | null }>('SELECT page_id, identifier, title, content, meta_keywords FROM cms_page')) {
      const res = await get(`/content/pages/${p.identifier}?store=default`);
      expect(res.json(), p.identifier).toMatchObject({ id: entityUuid('cms_page', p.page_id), magento_id: p.page_id, title: p.title, content: p.content, meta: { keywords: p.meta_keywords }, stores: [0] });
    }
    for (const b of await src<{ block_id: number; identifier: string; content: string }>('SELECT block_id, identifier, content FROM cms_block')) {
      expect((await get(`/content/blocks/${b.identifier}?store=default`)).json(), b.identifier).toMatchObject({ magento_id: b.block_id, content: b.content });
    }
    expect((await get('/content/pages/no-such-page?store=default')).statusCode).toBe(404);
  });

  it('resolves each of the 766 rewrites to its entity at its canonical path', async () => {
    const rows = await src<{ request_path: string; target_path: string; entity_type: string }>('SELECT request_path, target_path, entity_type FROM url_rewrite');
    let scoped = 0;
    for (const r of rows) {
      const m = /^(?:catalog\/(product|category)\/view\/id\/(\d+)(?:\/category\/(\d+))?|cms\/page\/view\/page_id\/(\d+))$/.exec(r.target_path)!;
      const type = m[4] ? 'cms_page' : m[1];
      const id = Number(m[4] ?? m[2]);
      const category = m[3] ? Number(m[3]) : null;
      if (category) scoped++;
      const body = (await get(`/content/redirects/resolve?store=default&path=${encodeURIComponent(r.request_path)}`)).json();
      expect(body, r.request_path).toMatchObject({
        redirect_type: 0,
        target: { type, id: entityUuid(type, id), magento_id: id, path: r.request_path, category: category ? { id: entityUuid('category', category), magento_id: category } : null },
      });
    }
    expect(scoped).toBe(535);
  });
});
