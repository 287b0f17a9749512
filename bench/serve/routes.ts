/**
 * The hot routes `npm run bench -- --serve` loads, each with the keys it cycles through (read from the
 * migrated service databases, so every request names something that exists) and the target the services
 * issue sets for it on this machine (16 connections).
 */
import type { PgClient } from '../../core/postgres.ts';

export interface BenchRoute {
  name: string;
  service: string;
  method: 'GET' | 'POST';
  /** Requests/s the route must reach (p99 under `p99Ms` where set). */
  target: { rps: number; p99Ms?: number };
  /** Who calls it: public, or a staff/customer bearer token. */
  auth: 'public' | 'staff' | 'customer';
  /** Only on generated stores, whose customers' passwords are known (customerPassword in the generator). */
  generatedOnly?: boolean;
  /** Up to `limit` requests (path, and body for POST), from the service's own database. */
  sample(db: PgClient, limit: number): Promise<Array<{ path: string; body?: unknown; customerId?: string }>>;
}

const enc = encodeURIComponent;

async function rows<T>(db: PgClient, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

export const ROUTES: BenchRoute[] = [
  {
    name: 'catalog product by SKU and store view',
    service: 'catalog', method: 'GET', auth: 'public', target: { rps: 3000, p99Ms: 20 },
    sample: async (db, limit) =>
      (await rows<{ sku: string; code: string }>(db, `SELECT p.sku, s.code FROM product p CROSS JOIN LATERAL (SELECT code FROM store WHERE magento_id <> 0 ORDER BY random() LIMIT 1) s ORDER BY random() LIMIT $1`, [limit]))
        .map((r) => ({ path: `/catalog/products/${enc(r.sku)}?store=${enc(r.code)}` })),
  },
  {
    name: 'category tree',
    service: 'catalog', method: 'GET', auth: 'public', target: { rps: 1000 },
    sample: async (db) => (await rows<{ code: string }>(db, 'SELECT code FROM store WHERE magento_id <> 0 ORDER BY magento_id', [])).map((r) => ({ path: `/catalog/categories?store=${enc(r.code)}` })),
  },
  {
    name: 'price for a SKU, group and website',
    service: 'pricing', method: 'GET', auth: 'public', target: { rps: 1000 },
    sample: async (db, limit) =>
      (await rows<{ sku: string; website: string; grp: number }>(db, `SELECT p.sku, w.code AS website, g.magento_id AS grp FROM product p
          CROSS JOIN LATERAL (SELECT code FROM website WHERE magento_id <> 0 ORDER BY random() LIMIT 1) w
          CROSS JOIN LATERAL (SELECT magento_id FROM customer_group ORDER BY random() LIMIT 1) g ORDER BY random() LIMIT $1`, [limit]))
        .map((r) => ({ path: `/pricing/prices/${enc(r.sku)}?website=${enc(r.website)}&customer_group=${r.grp}` })),
  },
  {
    name: 'salable stock for a SKU',
    service: 'warehouse', method: 'GET', auth: 'public', target: { rps: 5000 },
    sample: async (db, limit) => (await rows<{ sku: string }>(db, 'SELECT sku FROM product ORDER BY random() LIMIT $1', [limit])).map((r) => ({ path: `/warehouse/stock/${enc(r.sku)}` })),
  },
  {
    name: 'order by increment id',
    service: 'order', method: 'GET', auth: 'staff', target: { rps: 1000 },
    sample: async (db, limit) =>
      (await rows<{ inc: string; code: string | null }>(db, 'SELECT increment_id AS inc, store_code AS code FROM sales_order ORDER BY random() LIMIT $1', [limit]))
        .map((r) => ({ path: `/orders/${enc(r.inc)}${r.code ? `?store=${enc(r.code)}` : ''}` })),
  },
  {
    name: 'customer by id',
    service: 'customer', method: 'GET', auth: 'staff', target: { rps: 1000 },
    sample: async (db, limit) => (await rows<{ id: string }>(db, 'SELECT id FROM customer ORDER BY random() LIMIT $1', [limit])).map((r) => ({ path: `/customers/${r.id}` })),
  },
  {
    name: 'customer by e-mail and website',
    service: 'customer', method: 'GET', auth: 'staff', target: { rps: 1000 },
    sample: async (db, limit) =>
      (await rows<{ email: string; website: string }>(db, 'SELECT c.email, w.code AS website FROM customer c JOIN website w ON w.id = c.website_id ORDER BY random() LIMIT $1', [limit]))
        .map((r) => ({ path: `/customers?email=${enc(r.email)}&website=${enc(r.website)}` })),
  },
  {
    // argon2id (and the legacy hashes it upgrades) is slow on purpose: no rps target, but bounded concurrency
    // must keep the other routes answering (test/customer/login.test.ts), and errors must stay at zero.
    name: 'customer login',
    service: 'customer', method: 'POST', auth: 'public', target: { rps: 0 }, generatedOnly: true,
    sample: async (db, limit) =>
      (await rows<{ email: string; magento_id: string; website: string }>(db, `SELECT c.email, c.magento_id, w.code AS website FROM customer c JOIN website w ON w.id = c.website_id
          -- sha256:salt:1, a real hash in every generated store (its first login re-hashes it to argon2id, as Magento does)
          WHERE EXISTS (SELECT 1 FROM customer_credentials cr WHERE cr.customer_id = c.id AND cr.password_hash ~ '^[0-9a-f]{64}:[0-9a-z]{32}:1$') ORDER BY random() LIMIT $1`, [limit]))
        .map((r) => ({ path: '/customers/login', body: { email: r.email, password: `Magento${r.magento_id}!`, website: r.website } })),
  },
  {
    name: 'redirect resolution',
    service: 'content', method: 'GET', auth: 'public', target: { rps: 5000 },
    sample: async (db, limit) =>
      (await rows<{ path: string; code: string }>(db, 'SELECT r.request_path AS path, s.code FROM url_redirect r JOIN store s ON s.magento_id = r.store_magento_id ORDER BY random() LIMIT $1', [limit]))
        .map((r) => ({ path: `/content/redirects/resolve?store=${enc(r.code)}&path=${enc(r.path)}` })),
  },
  {
    name: 'CMS page',
    service: 'content', method: 'GET', auth: 'public', target: { rps: 1000 },
    sample: async (db, limit) =>
      (await rows<{ identifier: string; code: string }>(db, `SELECT p.identifier, s.code FROM cms_page p CROSS JOIN store s WHERE p.active AND s.magento_id <> 0
          AND EXISTS (SELECT 1 FROM cms_page_store ps WHERE ps.page_id = p.id AND ps.store_magento_id IN (0, s.magento_id)) ORDER BY random() LIMIT $1`, [limit]))
        .map((r) => ({ path: `/content/pages/${r.identifier.split('/').map(enc).join('/')}?store=${enc(r.code)}` })),
  },
];
