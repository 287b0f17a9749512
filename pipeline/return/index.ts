/**
 * The return context's migration (Adobe Commerce, where magento_rma exists): returns with their items (the
 * rma_item EAV entity's values by attribute code), status history and shipping labels (content kept as bytea),
 * into the return service; reconciled by counts, quantity requested and label bytes. Absent tables: nothing read.
 */
import { readRows } from '../../extractors/query.ts';
import { returnContract as c, returnService, returnTotals } from '../../services/return/index.ts';
import { returnSums } from '../../sql/source/reconcile/index.ts';
import * as q from '../../sql/source/return/index.ts';
import { mapReturns, type RmaChildren } from '../../transforms/return/returns.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import type { ContextMigration } from '../types.ts';
import { onlyWhen } from '../warehouse/optional.ts';
import { returnVerify } from '../../verify/return/index.ts';

const has = (t: string) => (s: { hasTable(t: string): boolean }) => s.hasTable(t);

const returns = declaredEntity<q.SourceRma, undefined, RmaChildren>('return', {
  entity: 'returns',
  page: q.rmas,
  count: q.rmaCount,
  key: { columns: ['r.entity_id'], of: (r) => Number(r.entity_id) },
  maxBatch: 1000,
  children: {
    items: { query: q.rmaItems, by: 'range', when: has('magento_rma_item_entity') },
    int: { query: q.itemValuesInt, by: 'range', when: has('magento_rma_item_entity_int') },
    varchar: { query: q.itemValuesVarchar, by: 'range', when: has('magento_rma_item_entity_varchar') },
    text: { query: q.itemValuesText, by: 'range', when: has('magento_rma_item_entity_text') },
    decimal: { query: q.itemValuesDecimal, by: 'range', when: has('magento_rma_item_entity_decimal') },
    datetime: { query: q.itemValuesDatetime, by: 'range', when: has('magento_rma_item_entity_datetime') },
    history: { query: q.statusHistory, by: 'range', when: has('magento_rma_status_history') },
    labels: { query: q.shippingLabels, by: 'range', when: has('magento_rma_shipping_label') },
  },
  map: (p) => mapReturns(p.rows, p.children),
  writes: [c.rma, c.rma_item, c.rma_status_history, c.rma_shipping_label],
  primaryTable: 'rma',
});

export const returnMigration: ContextMigration = {
  name: 'return',
  service: returnService,
  entities: [onlyWhen(has('magento_rma'), returns)],
  verify: returnVerify,
  async reconcile({ entities, target, src }) {
    if (!target) return undefined;
    if (!src.schema.hasTable('magento_rma')) return reconciliationOf([], ['magento_rma is absent (Adobe Commerce only): no returns read.']);
    const t = await returnTotals(target);
    const rows = (await readRows(src.conn, returnSums)).map((s) => check(s.doc, s.measure, '-', s.total, t[`${s.doc}.${s.measure}`] ?? 0, s.bad_total));
    const stats = entities[0]?.stats ?? {};
    return reconciliationOf(rows, [
      `protect_code (the guest lookup secret) not copied: ${stats.protect_code_not_copied ?? 0} returns.`,
      'Shipping label content is kept byte for byte (bytea); the API gives its size and SHA-256.',
    ]);
  },
};
