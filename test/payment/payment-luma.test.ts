/**
 * The payment service on the real Luma 2.4.2 dump: its two orders' check/money-order payments with their
 * exact amounts (one refunded in full), no transactions, no saved methods, so the run needs no vault key.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { paymentMigration } from '../../pipeline/payment/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { PAYMENT_MONEY } from '../../services/payment/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('payment service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;

  beforeAll(async () => {
    dbs = await createTestDatabases('payluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    delete process.env.MAGEMIG_PAYMENT_KEY;
    ({ report, server } = await migrateAndServe(dbs, paymentMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Luma's 2 payments without a key (no vault tokens), reconciled in USD", () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.payments).toMatchObject({ sourceCount: 2, loaded: 2, rejected: 0 });
    expect(by.transactions).toMatchObject({ sourceCount: 0, loaded: 0 });
    expect(by.vault_tokens).toMatchObject({ sourceCount: 0, loaded: 0 });
    const rec = report.services[0].reconciliation!;
    expect(rec.balanced).toBe(true);
    expect(rec.rows.filter((r) => r.doc === 'payments').map((r) => [r.currency, r.measure, r.source, r.target])).toEqual([
      ['USD', 'count', '2', '2'], ['USD', 'amount_ordered', '76.03', '76.03'], ['USD', 'amount_paid', '76.03', '76.03'], ['USD', 'amount_refunded', '39.64', '39.64'], ['USD', 'amount_authorized', '0', '0'],
    ]);
    expect(rec.notes.slice(0, 2)).toEqual(['No card data in sales_order_payment.', 'No secret keys in additional_information.']);
  });

  it("answers each order's payment with the dump's amounts", async () => {
    const [rows] = await my.query(`SELECT p.entity_id, p.parent_id, p.method, ${PAYMENT_MONEY.map((m) => `p.${m}`).join(', ')} FROM sales_order_payment p ORDER BY p.entity_id`);
    for (const w of rows as Array<Record<string, string | number | null>>) {
      const res = await server.app.inject({ url: `/payments?order=${entityUuid('order', Number(w.parent_id))}`, headers: await staffHeaders(['sales']) });
      const [p] = res.json().payments;
      expect([p.magento_id, p.method, p.currency.order, p.additional_information, ...PAYMENT_MONEY.map((m) => p.amounts[m])]).toEqual([Number(w.entity_id), 'checkmo', 'USD', { method_title: 'Check / Money order' }, ...PAYMENT_MONEY.map((m) => w[m])]);
      expect(p.transactions).toEqual([]);
    }
  });
});
