/**
 * The return context's verification (Adobe Commerce's Magento_Rma; on Open Source the tables are absent, the
 * source holds none and the target must hold none): returns per status, every increment id per store view,
 * their items' quantities summed (when the item table exists), on a sample each return's fields.
 */
import * as q from '../../sql/verify/return/index.ts';
import { sourceRows, sourceSchema, tableVerifier, type SourceReader } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** The items' sums, none when this Magento lacks the item table (the migration reads no items then). */
const itemsSums: SourceReader = async (ctx, _ids, rejected) =>
  (await sourceSchema(ctx)).hasTable('magento_rma_item_entity')
    ? sourceRows(ctx, q.itemsSums, { rejected: rejected.size ? [...rejected].map(Number) : [-1] })
    : [];

const returns = tableVerifier({
  entity: 'returns',
  requires: ['magento_rma'],
  sourceKeys: q.returnsKeys,
  targetKeys: q.targetReturnsKeys,
  keySets: [{ name: 'increment_id per store', key: (r) => `${str(r.increment_id)}@${str(r.store)}` }],
  label: (r) => `rma_id=${str(r.id)},increment_id=${str(r.increment_id)}`,
  measures: [{ source: q.returnsPerStatus, target: q.targetReturnsPerStatus }, { source: itemsSums, target: q.targetItemsSums }],
  fields: [{ source: q.returnFields, target: q.targetReturnFields }],
  sampleFrom: 'rma',
});

export const returnVerify: ContextVerify = { entities: [returns] };
