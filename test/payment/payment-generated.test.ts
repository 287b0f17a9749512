/**
 * The payment service on generated stores (both editions). Without MAGEMIG_PAYMENT_KEY the run refuses to
 * load vault tokens; with it: every payment of an existing order answered by GET /payments with the source's
 * exact amounts, method and transaction tree (own SQL on the source); the card data the generator planted
 * counted and absent from the target; vault tokens sealed (no clear token anywhere in Postgres, each opens
 * to the source's), a customer seeing what Magento's storefront lists, staff everything, never a token.
 */
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { paymentMigration } from '../../pipeline/payment/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openToken, parseVaultKey, PAYMENT_MONEY } from '../../services/payment/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';

const KEY = randomBytes(32).toString('hex');

describe.each([['opensource', 'small'], ['commerce', 'tiny']] as const)('payment service on a generated %s store (%s)', (edition, profile) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  let refused: RunReport;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases(`pay${edition.slice(0, 3)}`);
    await seedSource({ source: dbs.mysqlUrl, profile, edition, force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    delete process.env.MAGEMIG_PAYMENT_KEY;
    refused = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}x`, contexts: [paymentMigration], batchSize: 20 });
    process.env.MAGEMIG_PAYMENT_KEY = KEY;
    ({ report, server } = await migrateAndServe(dbs, paymentMigration, 20));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_payment` });
    await target.connect();
  }, 180_000);
  afterAll(async () => {
    delete process.env.MAGEMIG_PAYMENT_KEY;
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('refuses to load vault tokens without the key, naming the variable and never a token', () => {
    expect(refused.status).toBe('failed');
    expect(refused.errorCode).toBe('PAYMENT_KEY_MISSING');
    expect(refused.error).toContain('MAGEMIG_PAYMENT_KEY is not set');
  });

  it("answers every order's payments and transactions as the source holds them, exactly", async () => {
    const orders = await src<{ entity_id: number }>('SELECT entity_id FROM sales_order ORDER BY entity_id');
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    const [{ n, gone }] = await src<{ n: number; gone: number }>('SELECT COUNT(*) AS n, SUM(o.entity_id IS NULL) AS gone FROM sales_order_payment p LEFT JOIN sales_order o ON o.entity_id = p.parent_id');
    expect(by.payments).toMatchObject({ sourceCount: Number(n), countsAddUp: true });
    expect(by.payments.rejectsByReason.DANGLING_ORDER ?? 0).toBe(Number(gone));
    const headers = await staffHeaders(['payments']);
    let compared = 0;
    let txns = 0;
    for (const o of orders) {
      const res = await server.app.inject({ url: `/payments?order=${entityUuid('order', o.entity_id)}`, headers });
      expect(res.statusCode).toBe(200);
      const got = res.json().payments as Array<{ magento_id: number; method: string; amounts: Record<string, string | null>; currency: { order: string }; transactions: unknown[] }>;
      if (got.length === 0) continue; // its order is rejected by the order context (counted above)
      const want = await src<Record<string, string | null>>(`SELECT p.entity_id, p.method, o.order_currency_code, ${PAYMENT_MONEY.map((m) => `p.${m}`).join(', ')} FROM sales_order_payment p JOIN sales_order o ON o.entity_id = p.parent_id WHERE p.parent_id = ? ORDER BY p.entity_id`, [o.entity_id]);
      expect(got.map((g) => [g.magento_id, g.method, g.currency.order, ...PAYMENT_MONEY.map((m) => g.amounts[m])])).toEqual(want.map((w) => [Number(w.entity_id), w.method, w.order_currency_code, ...PAYMENT_MONEY.map((m) => w[m])]));
      const tree = await src<{ txn_id: string; txn_type: string; parent: string | null }>('SELECT t.txn_id, t.txn_type, pt.txn_id AS parent FROM sales_payment_transaction t LEFT JOIN sales_payment_transaction pt ON pt.transaction_id = t.parent_id WHERE t.order_id = ? ORDER BY t.transaction_id', [o.entity_id]);
      type Node = { txn_id: string; type: string; children: Node[] };
      const walk = (n: Node, parent: string | null): unknown[][] => [[n.txn_id, n.type, parent], ...n.children.flatMap((ch) => walk(ch, n.txn_id))];
      const flat = got.flatMap((g) => (g.transactions as Node[]).flatMap((r) => walk(r, null)));
      expect(flat.sort()).toEqual(tree.map((t) => [t.txn_id, t.txn_type, t.parent]).sort());
      txns += tree.length;
      compared++;
    }
    expect(compared).toBe(by.payments.loaded);
    expect(txns).toBe(by.transactions.loaded);
    expect(txns).toBeGreaterThan(3);
    expect(report.services[0].reconciliation!.balanced).toBe(true);
    expect((await server.app.inject({ url: `/payments?order=${entityUuid('order', 1)}`, headers: await staffHeaders(['loyalty']) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: `/payments?order=${entityUuid('order', 1)}` })).statusCode).toBe(401);
  });

  it('leaves the card data behind, counted per column and named in the report', async () => {
    const [{ n }] = await src<{ n: number }>("SELECT COUNT(*) AS n FROM sales_order_payment WHERE COALESCE(cc_number_enc, '') <> ''");
    expect(Number(n)).toBeGreaterThan(0);
    const stats = report.services[0].entities.find((e) => e.entity === 'payments')!.stats;
    expect(stats['card_data_not_copied.cc_number_enc']).toBe(Number(n));
    const [{ months }] = await src<{ months: number }>("SELECT COUNT(*) AS months FROM sales_order_payment WHERE COALESCE(cc_exp_month, '') <> ''");
    expect(stats['card_data_not_copied.cc_exp_month']).toBe(Number(months));
    const notes = report.services[0].reconciliation!.notes;
    expect(notes[0]).toMatch(/^Card data not copied \(\d+ values in sales_order_payment\): .*cc_number_enc \(\d+\)/);
    expect(notes[1]).toContain('paypal_express_checkout_token');
    const dump = JSON.stringify((await target.query('SELECT * FROM payment')).rows) + JSON.stringify((await target.query('SELECT * FROM payment_transaction')).rows);
    for (const r of await src<{ v: string }>("SELECT cc_number_enc AS v FROM sales_order_payment WHERE cc_number_enc IS NOT NULL ")) expect(dump).not.toContain(r.v);
    expect(dump).not.toContain('EC-');
  });

  it('seals every vault token (opened only with the key) and lists a customer what the storefront does', async () => {
    const key = parseVaultKey(KEY)!;
    const tokens = await src<{ entity_id: number; customer_id: number; gateway_token: string; live: number; exists_c: number | null }>(
      `SELECT v.entity_id, v.customer_id, v.gateway_token, (v.is_active = 1 AND v.is_visible = 1 AND (v.expires_at IS NULL OR v.expires_at > NOW())) AS live, c.entity_id AS exists_c
         FROM vault_payment_token v LEFT JOIN customer_entity c ON c.entity_id = v.customer_id ORDER BY v.entity_id`);
    const vault = report.services[0].entities.find((e) => e.entity === 'vault_tokens')!;
    expect(vault).toMatchObject({ sourceCount: tokens.length, rejected: 2, rejectsByReason: { CUSTOMER_DELETED: 2 } });
    const { rows } = await target.query('SELECT magento_id, token_ciphertext, token_iv, token_tag, id FROM vault_token ORDER BY magento_id');
    expect(rows).toHaveLength(tokens.length - 2);
    const all = JSON.stringify((await target.query('SELECT * FROM vault_token')).rows);
    for (const r of rows) {
      const t = tokens.find((x) => Number(x.entity_id) === r.magento_id)!;
      expect(all).not.toContain(t.gateway_token);
      expect(openToken(key, r.id, { ciphertext: r.token_ciphertext, iv: r.token_iv, tag: r.token_tag })).toBe(t.gateway_token);
      expect(() => openToken(parseVaultKey(randomBytes(32).toString('base64'))!, r.id, { ciphertext: r.token_ciphertext, iv: r.token_iv, tag: r.token_tag })).toThrow();
    }
    let listed = 0;
    for (const customer of [...new Set(tokens.filter((t) => t.exists_c !== null).map((t) => Number(t.customer_id)))]) {
      const id = entityUuid('customer', customer);
      const mine = await server.app.inject({ url: `/payments/vault?customer_id=${id}`, headers: await customerHeaders(id) });
      expect(mine.statusCode).toBe(200);
      expect(mine.body).not.toMatch(/gateway_token|token_ciphertext/);
      const want = tokens.filter((t) => Number(t.customer_id) === customer && Number(t.live) === 1).map((t) => Number(t.entity_id));
      expect(mine.json().tokens.map((t: { magento_id: number }) => t.magento_id)).toEqual(want);
      listed += want.length;
      const staff = (await server.app.inject({ url: `/payments/vault?customer_id=${id}`, headers: await staffHeaders(['customers']) })).json();
      expect(staff.tokens.length).toBe(tokens.filter((t) => Number(t.customer_id) === customer).length);
      for (const t of staff.tokens) for (const tok of tokens) expect(JSON.stringify(t)).not.toContain(tok.gateway_token);
    }
    expect(listed).toBeGreaterThan(profile === 'small' ? 10 : 1);
    const other = await server.app.inject({ url: `/payments/vault?customer_id=${entityUuid('customer', 5)}`, headers: await customerHeaders(entityUuid('customer', 6)) });
    expect(other.statusCode).toBe(403);
  });
});
