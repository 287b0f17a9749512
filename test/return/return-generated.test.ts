/**
 * The return service on generated stores. Adobe Commerce: every return answered by GET /returns?order= as the
 * source's own SQL reads it (items with their rma_item EAV values and option labels, status history, label
 * bytes), the return of a deleted order rejected, protect codes never copied, reconciled. Open Source: no
 * magento_rma, nothing read, the report says so.
 */
import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { returnMigration } from '../../pipeline/return/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';

describe('return service on a generated Adobe Commerce store (small)', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases('returncom');
    await seedSource({ source: dbs.mysqlUrl, profile: 'small', edition: 'commerce', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, returnMigration, 7));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every return but the one of a deleted order, reconciled, protect codes left behind', async () => {
    const [{ n }] = await src<{ n: number }>('SELECT COUNT(*) AS n FROM magento_rma');
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ sourceCount: Number(n), loaded: Number(n) - 1, rejected: 1, rejectsByReason: { ORDER_DELETED: 1 }, countsAddUp: true });
    expect(e.stats.protect_code_not_copied).toBe(Number(n));
    const rec = report.services[0].reconciliation!;
    expect(rec.balanced).toBe(true);
    expect(rec.rows.map((r) => r.doc + '.' + r.measure)).toEqual(['returns.count', 'return items.count', 'return items.qty_requested', 'return labels.count', 'return labels.label_bytes']);
    expect(Number(rec.rows[4].target)).toBeGreaterThan(100);
  });

  it("answers every order's returns as the source holds them", async () => {
    const orders = await src<{ order_id: number; customer_id: number | null }>('SELECT DISTINCT r.order_id, r.customer_id FROM magento_rma r JOIN sales_order o ON o.entity_id = r.order_id ORDER BY r.order_id');
    expect(orders.length).toBeGreaterThan(20);
    let labels = 0;
    for (const o of orders) {
      const headers = o.customer_id ? await customerHeaders(entityUuid('customer', o.customer_id)) : await staffHeaders(['returns']);
      const res = await server.app.inject({ url: `/returns?order=${entityUuid('order', o.order_id)}`, headers });
      expect(res.statusCode).toBe(200);
      const [got] = res.json().returns;
      const [rma] = await src<{ entity_id: number; status: string; increment_id: string }>('SELECT entity_id, status, increment_id FROM magento_rma WHERE order_id = ?', [o.order_id]);
      expect([got.magento_id, got.status, got.increment_id, got.order.id]).toEqual([rma.entity_id, rma.status, rma.increment_id, entityUuid('order', o.order_id)]);
      const items = await src<{ entity_id: number; order_item_id: number; qty_requested: string; resolution: string; reason_other: string | null }>(
        `SELECT i.entity_id, i.order_item_id, i.qty_requested,
           (SELECT ov.value FROM magento_rma_item_entity_int v JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'resolution'
              JOIN eav_attribute_option_value ov ON ov.option_id = v.value AND ov.store_id = 0 WHERE v.entity_id = i.entity_id) AS resolution,
           (SELECT v.value FROM magento_rma_item_entity_varchar v JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'reason_other' WHERE v.entity_id = i.entity_id) AS reason_other
         FROM magento_rma_item_entity i WHERE i.rma_entity_id = ? ORDER BY i.entity_id`, [rma.entity_id]);
      expect(got.items.map((i: { magento_id: number; order_item_id: string; qty_requested: string; attributes: Record<string, { value: unknown; label?: string }> }) =>
        [i.magento_id, i.order_item_id, i.qty_requested, i.attributes.resolution?.label, i.attributes.reason_other?.value ?? null]))
        .toEqual(items.map((i) => [i.entity_id, entityUuid('order_item', i.order_item_id), i.qty_requested, i.resolution, i.reason_other]));
      const history = await src<{ status: string; comment: string }>('SELECT status, comment FROM magento_rma_status_history WHERE rma_entity_id = ? ORDER BY entity_id', [rma.entity_id]);
      expect(got.status_history.map((h: { status: string; comment: string }) => [h.status, h.comment])).toEqual(history.map((h) => [h.status, h.comment]));
      const [label] = await src<{ shipping_label: Buffer; track_number: string }>('SELECT shipping_label, track_number FROM magento_rma_shipping_label WHERE rma_entity_id = ?', [rma.entity_id]);
      if (label) {
        expect(got.shipping_labels[0]).toMatchObject({ label_bytes: label.shipping_label.length, label_sha256: createHash('sha256').update(label.shipping_label).digest('hex'), track_number: label.track_number });
        labels++;
      } else expect(got.shipping_labels).toEqual([]);
    }
    expect(labels).toBeGreaterThan(5);
    const owned = orders.find((o) => o.customer_id !== null)!;
    const other = await server.app.inject({ url: `/returns?order=${entityUuid('order', owned.order_id)}`, headers: await customerHeaders(entityUuid('customer', 999_999)) });
    expect(other.statusCode).toBe(403);
  });
});

describe('return service on a generated Open Source store', () => {
  let dbs: TestDatabases;
  let report: RunReport;
  beforeAll(async () => {
    dbs = await createTestDatabases('returnos');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition: 'opensource', force: true });
    ({ report } = await migrateAndServe(dbs, returnMigration, 25));
  }, 120_000);
  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('reads nothing where magento_rma is absent, and says so', () => {
    expect(report.services[0].entities.map((e) => [e.entity, e.sourceCount, e.loaded, e.countsAddUp])).toEqual([['returns', 0, 0, true]]);
    expect(report.services[0].reconciliation!.notes).toEqual(['magento_rma is absent (Adobe Commerce only): no returns read.']);
  });
});
