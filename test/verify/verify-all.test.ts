/**
 * `magemig verify` on every context of a migrated generated store: it agrees with the untouched target (counts,
 * sums, key sets, every field of every entity), and then finds each kind of damage done behind the migration's
 * back, each named by service, entity, Magento key, field, source and target value: a deleted order, an order
 * total off by a cent, a changed price, a store-view value changed in one store (a rating title, a rule label),
 * a store view taken from a CMS page, broken references (an order line's order, an address's account), a
 * changed stock quantity.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../bin/report/files.ts';
import { renderVerifyHtml, renderVerifyMarkdown } from '../../bin/report/verify-render.ts';
import { seedSource } from '../../generator/index.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { verifyReportSchema, type EntityVerification, type VerifyReport } from '../../verify/types.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const CHROMIUM = process.env.MAGEMIG_CHROMIUM ?? '/usr/bin/chromium';
/** The contexts verify covers, catalog aside (test/verify/verify-catalog.test.ts has it). */
const VERIFIED = ['catalog', 'pricing', 'warehouse', 'customer', 'order', 'content', 'review', 'promotion'];
/** The platform contexts verify covers have their own run: test/verify/verify-platform.test.ts. */
const OTHERS = CONTEXTS.filter((c) => c.verify && VERIFIED.includes(c.name) && c.name !== 'catalog');
let dbs: TestDatabases;
/** The report of the tampered target (the third test renders it). */
let tampered: VerifyReport;

const verify = (sample: number | 'full' = 'full'): Promise<VerifyReport> =>
  runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: OTHERS.map((c) => ({ name: c.name, verify: c.verify! })), sample });

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'bin', 'magemig'), ['verify', ...args], { cwd: ROOT, env: { ...process.env, CI: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function one<R extends Record<string, unknown>>(service: string, sql: string): Promise<R> {
  const c = await pgClient(`${dbs.pgPrefix}_${service}`);
  try {
    const { rows } = await c.query<R>(sql);
    expect(rows.length, sql).toBeGreaterThan(0);
    return rows[0];
  } finally {
    await c.end();
  }
}

async function tamper(service: string, sql: string): Promise<void> {
  const c = await pgClient(`${dbs.pgPrefix}_${service}`);
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const entity = (r: VerifyReport, service: string, name: string): EntityVerification =>
  r.services.find((s) => s.service === service)!.entities.find((e) => e.entity === name)!;

beforeAll(async () => {
  dbs = await createTestDatabases('verifyall');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [...OTHERS] });
  expect(report.error).toBeUndefined();
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('magemig verify, every context', () => {
  it('gives each of these contexts of the registry a verification', () => {
    expect(CONTEXTS.filter((c) => c.verify).map((c) => c.name).sort()).toEqual(expect.arrayContaining([...VERIFIED].sort()));
    expect(OTHERS.map((c) => c.name).sort()).toEqual(VERIFIED.filter((n) => n !== 'catalog').sort());
  });

  it('agrees with the target the migration wrote, rejects included; every entity compared; the report follows its schema', async () => {
    const r = await verify();
    expect(r.error).toBeUndefined();
    const differing = r.services.flatMap((s) => s.entities).filter((e) => !e.agrees);
    expect(differing.map((e) => `${e.service}/${e.entity}: ${JSON.stringify(e.differences.slice(0, 3))}`)).toEqual([]);
    expect(r.status).toBe('agrees');
    expect(verifyReportSchema.parse(r)).toBeTruthy();
    expect(r.services.map((s) => s.service)).toEqual(OTHERS.map((c) => c.name));
    const orders = entity(r, 'order', 'orders');
    expect(orders.counts).toMatchObject({ addsUp: true });
    expect(orders.counts.rejected).toBeGreaterThan(0);
    expect(orders.measures.map((m) => m.measure)).toEqual(expect.arrayContaining(['grand_total', 'subtotal', 'tax_amount', 'qty_ordered', 'status_history', 'taxes']));
    expect(entity(r, 'customer', 'customers').keySets.find((k) => k.name.startsWith('newsletter'))!.source).toBeGreaterThan(0);
    expect(orders.fieldsCompared).toBeGreaterThan(1000);
    expect(entity(r, 'order', 'invoices').measures.some((m) => m.measure === 'grand_total' && m.source !== '0')).toBe(true);
    expect(entity(r, 'order', 'creditmemos').measures.some((m) => m.measure === 'grand_total' && m.source !== '0')).toBe(true);
    expect(entity(r, 'pricing', 'products').measures.filter((m) => m.measure === 'price').length).toBeGreaterThanOrEqual(2);
    expect(entity(r, 'warehouse', 'source_items').measures.some((m) => m.measure === 'quantity' && m.source !== '0')).toBe(true);
    expect(entity(r, 'customer', 'customers').keySets[0]).toMatchObject({ name: 'e-mail per website', missingCount: 0, extraCount: 0 });
    expect(entity(r, 'content', 'cms_pages').keySets.find((k) => k.name === 'identifier per store')!.source).toBeGreaterThan(0);
    for (const e of r.services.flatMap((s) => s.entities)) expect(e.counts.addsUp, `${e.service}/${e.entity}`).toBe(true);

    const c = await cli(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--only', 'order,customer,pricing,warehouse', '--sample', '5']);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/verify: source and target agree/);
  });

  it('names each difference done to the target: a deleted row, money, a price, store-view values, broken references, a quantity', async () => {
    const gone = await one<{ increment_id: string; store_code: string }>('order', 'SELECT increment_id, store_code FROM sales_order ORDER BY magento_id DESC LIMIT 1');
    const cent = await one<{ increment_id: string; store_code: string; grand_total: string; order_currency: string }>('order',
      'SELECT increment_id, store_code, grand_total::text, order_currency FROM sales_order WHERE grand_total > 0 ORDER BY magento_id LIMIT 1');
    const line = await one<{ increment_id: string; store_code: string; item: string }>('order',
      'SELECT o.increment_id, o.store_code, i.magento_id::text AS item FROM order_item i JOIN sales_order o ON o.id = i.order_id ORDER BY o.magento_id OFFSET 1 LIMIT 1');
    const price = await one<{ sku: string; website: string; price: string }>('pricing',
      'SELECT p.sku, w.code AS website, pp.price::text FROM product_price pp JOIN product p ON p.id = pp.product_id JOIN website w ON w.magento_id = pp.website_id WHERE pp.price IS NOT NULL ORDER BY p.magento_id, w.code DESC LIMIT 1');
    const address = await one<{ magento_id: string; customer: string; other: string; other_id: string }>('customer',
      `SELECT a.magento_id::text, c.magento_id::text AS customer, o.magento_id::text AS other, o.id AS other_id
       FROM customer_address a JOIN customer c ON c.id = a.customer_id JOIN customer o ON o.id <> c.id ORDER BY a.magento_id, o.magento_id LIMIT 1`);
    const title = await one<{ code: string; store: string; title: string }>('review',
      'SELECT r.code, s.code AS store, t.title FROM rating_title t JOIN rating r ON r.id = t.rating_id JOIN store s ON s.magento_id = t.store_magento_id ORDER BY r.magento_id, s.magento_id LIMIT 1');
    const label = await one<{ id: string; store: string }>('promotion',
      'SELECT r.magento_id::text AS id, s.code AS store FROM sales_rule_label l JOIN sales_rule r ON r.id = l.rule_id JOIN store s ON s.magento_id = l.store_magento_id ORDER BY r.magento_id DESC LIMIT 1');
    const page = await one<{ identifier: string; store: string }>('content',
      'SELECT p.identifier, s.code AS store FROM cms_page_store ps JOIN cms_page p ON p.id = ps.page_id JOIN store s ON s.magento_id = ps.store_magento_id ORDER BY p.magento_id LIMIT 1');
    const stock = await one<{ sku: string; source_code: string; quantity: string }>('warehouse',
      'SELECT sku, source_code, quantity::text FROM source_item WHERE quantity > 0 ORDER BY magento_id LIMIT 1');

    await tamper('order', `
      DELETE FROM order_item WHERE order_id = (SELECT id FROM sales_order WHERE increment_id = '${gone.increment_id}' AND store_code = '${gone.store_code}');
      DELETE FROM sales_order WHERE increment_id = '${gone.increment_id}' AND store_code = '${gone.store_code}';
      UPDATE sales_order SET grand_total = grand_total + 0.01 WHERE increment_id = '${cent.increment_id}' AND store_code = '${cent.store_code}';
      UPDATE order_item SET order_id = '00000000-0000-5000-8000-000000000000' WHERE magento_id = ${line.item};`);
    await tamper('pricing', `UPDATE product_price pp SET price = price + 1 FROM product p, website w
      WHERE p.id = pp.product_id AND w.magento_id = pp.website_id AND p.sku = '${price.sku}' AND w.code = '${price.website}'`);
    await tamper('customer', `UPDATE customer_address SET customer_id = '${address.other_id}' WHERE magento_id = ${address.magento_id}`);
    await tamper('review', `UPDATE rating_title t SET title = 'Tampered' FROM rating r, store s
      WHERE r.id = t.rating_id AND s.magento_id = t.store_magento_id AND r.code = '${title.code}' AND s.code = '${title.store}'`);
    await tamper('promotion', `UPDATE sales_rule_label l SET label = 'Tampered' FROM sales_rule r, store s
      WHERE r.id = l.rule_id AND s.magento_id = l.store_magento_id AND r.magento_id = ${label.id} AND s.code = '${label.store}'`);
    await tamper('content', `DELETE FROM cms_page_store ps USING cms_page p, store s
      WHERE p.id = ps.page_id AND s.magento_id = ps.store_magento_id AND p.identifier = '${page.identifier}' AND s.code = '${page.store}'`);
    await tamper('warehouse', `UPDATE source_item SET quantity = quantity - 1 WHERE sku = '${stock.sku}' AND source_code = '${stock.source_code}'`);

    const r = (tampered = await verify());
    expect(r.status).toBe('differs');
    const diff = (service: string, name: string, key: string, field: string) =>
      entity(r, service, name).differences.find((d) => d.key === key && d.field === field);

    // The deleted order: counts no longer add up, its increment id is missing (named), its money is gone from the sums.
    const orders = entity(r, 'order', 'orders');
    expect(orders.counts.addsUp).toBe(false);
    expect(orders.keySets[0].missing).toEqual([`${gone.increment_id}@${(await storeIdOf(gone.store_code))}`]);
    expect(orders.measures.find((m) => m.measure === 'orders' && !m.agrees)).toBeTruthy();
    // A cent on a grand total: the field, and the sum of its currency.
    expect(diff('order', 'orders', `increment_id=${cent.increment_id},store=${cent.store_code}`, 'grand_total')).toMatchObject({
      service: 'order', entity: 'orders', source: cent.grand_total.replace(/0+$/, '').replace(/\.$/, ''), target: addCent(cent.grand_total),
    });
    expect(orders.measures.find((m) => m.measure === 'grand_total' && m.group === cent.order_currency)!.agrees).toBe(false);
    // An order line whose order reference leads nowhere: the line is gone from its order, and from the line sums.
    expect(diff('order', 'orders', `increment_id=${line.increment_id},store=${line.store_code},item=${line.item}`, '(row)')).toMatchObject({ source: 'present', target: null });
    expect(orders.measures.find((m) => m.measure === 'items' && !m.agrees)).toBeTruthy();
    // A price in one website (its price scope).
    expect(diff('pricing', 'products', `sku=${price.sku},website=${price.website}`, 'price')).toMatchObject({ target: addOne(price.price) });
    expect(entity(r, 'pricing', 'products').measures.find((m) => m.measure === 'price' && m.group.startsWith(`${price.website} `))!.agrees).toBe(false);
    // An address whose customer reference leads to another account (a foreign key keeps it from leading nowhere).
    expect(diff('customer', 'addresses', `address_id=${address.magento_id}`, 'customer_magento_id')).toMatchObject({ source: address.customer, target: address.other });
    expect(entity(r, 'customer', 'addresses').keySets[0].missing).toEqual([`${address.magento_id} > ${address.customer}`]);
    // Store-view values: a rating's title in one store view, a rule's label in one store view.
    expect(diff('review', 'ratings', `rating=${title.code},store=${title.store}`, 'title')).toMatchObject({ source: title.title, target: 'Tampered' });
    expect(entity(r, 'review', 'ratings').differenceCount).toBe(1);
    expect(diff('promotion', 'sales_rules', `rule_id=${label.id},store=${label.store}`, 'label')).toMatchObject({ target: 'Tampered' });
    // A CMS page no longer shown in one store view.
    expect(entity(r, 'content', 'cms_pages').keySets.find((k) => k.name === 'identifier per store')!.missing).toEqual([`${page.identifier}@${page.store}`]);
    expect(diff('content', 'cms_pages', `identifier=${page.identifier},store=${page.store}`, '(row)')).toMatchObject({ source: 'present', target: null });
    // A stock quantity: the source item's field and its source's sum.
    const sourceItems = entity(r, 'warehouse', 'source_items');
    expect(sourceItems.differences.find((d) => d.field === 'quantity' && d.key === `sku=${stock.sku},source=${stock.source_code}`)).toBeTruthy();
    expect(sourceItems.measures.find((m) => m.measure === 'quantity' && m.group === stock.source_code)!.agrees).toBe(false);
    // What was not touched still agrees.
    for (const [s, e] of [['order', 'invoices'], ['customer', 'customers'], ['pricing', 'tier_prices'], ['promotion', 'coupons'], ['review', 'reviews']]) expect(entity(r, s, e).agrees, `${s}/${e}`).toBe(true);

    const c = await cli(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--only', OTHERS.map((o) => o.name).join(','), '--full', '--json']);
    expect(c.code).toBe(1);
    expect(c.stderr.trim().split('\n').at(-1)).toMatch(/^magemig: \d+ difference\(s\) in .*order\/orders/);
    const doc = JSON.parse(c.stdout) as VerifyReport;
    expect(doc.status).toBe('differs');
    expect(doc.differenceCount).toBe(r.differenceCount);
  });

  it('renders the differences of every context in Markdown and in an HTML page a browser shows offline, numbers equal to the JSON', async () => {
    const r = tampered;
    const md = renderVerifyMarkdown(r);
    for (const s of OTHERS) expect(md).toContain(`## ${s.name} (`);
    const grand = r.services[OTHERS.findIndex((c) => c.name === 'order')].entities.find((e) => e.entity === 'orders')!.measures.find((m) => m.measure === 'grand_total' && !m.agrees)!;
    expect(md).toContain(`| grand_total | ${grand.group} | ${grand.source} | ${grand.target} | NO |`);
    const paths = await writeReportFiles(join(mkdtempSync(join(tmpdir(), 'magemig-verify-')), 'verify.md'), r, md, renderVerifyHtml(r));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (q) => {
        if (!q.url().startsWith('file:')) requests.push(q.url());
      });
      await page.goto(`file://${paths.html}`);
      await page.waitForSelector('body[data-rendered="true"]');
      expect(requests).toEqual([]);
      const entities = r.services.flatMap((s) => s.entities);
      const rows = await page.$$eval('table[data-table="summary"] tbody tr', (trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
      expect(rows).toEqual(entities.map((e) => ({ entity: `${e.service}/${e.entity}`, differences: String(e.differenceCount), source: String(e.counts.source), loaded: String(e.counts.loaded) })));
      const differences = await page.$$eval('table[data-table="differences"] tbody tr', (trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.entity} ${(tr as HTMLElement).dataset.key} ${(tr as HTMLElement).dataset.field}`));
      expect(differences).toEqual(entities.flatMap((e) => e.differences.map((d) => `${d.service}/${d.entity} ${d.key} ${d.field}`)));
      const measures = await page.$$eval('table[data-table="measures"] tbody tr[data-agrees="false"]', (trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
      expect(measures).toEqual(entities.flatMap((e) => e.measures.filter((m) => !m.agrees).map((m) => ({ entity: `${e.service}/${e.entity}`, measure: m.measure, group: m.group, source: m.source, target: m.target, agrees: 'false' }))));
      expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe('bad');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'verify-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

async function storeIdOf(code: string): Promise<string> {
  return (await one<{ id: string }>('order', `SELECT magento_id::text AS id FROM order_store WHERE code = '${code}'`)).id;
}

/** Exact decimal arithmetic for the expectations (no floats): "12.3400" + 0.01 -> "12.35". */
function addCent(v: string): string {
  return shift(v, 1n, 2);
}
function addOne(v: string): string {
  return shift(v, 1n, 0);
}
function shift(v: string, by: bigint, at: number): string {
  const [i, f = ''] = v.split('.');
  const scale = Math.max(f.length, at);
  const n = BigInt(i + f.padEnd(scale, '0')) + by * 10n ** BigInt(scale - at);
  const s = n.toString().padStart(scale + 1, '0');
  const out = scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s;
  return out.includes('.') ? out.replace(/0+$/, '').replace(/\.$/, '') : out;
}
