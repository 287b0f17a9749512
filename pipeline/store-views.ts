/**
 * The `store` entity of the flat-table services (content, review, promotion): every store view of the
 * source with its website, in one page (transforms/stores/store-views.ts). Each service reads its own copy.
 */
import type { SqlQuery } from '../sql/query.ts';
import type { TableContract } from '../services/kit/index.ts';
import { mapStoreRows, type SourceStoreRow } from '../transforms/stores/store-views.ts';
import { declaredEntity } from './declared-entity.ts';
import type { EntityMigration } from './types.ts';

export function storeViewsEntity(service: string, contract: TableContract, page: SqlQuery<SourceStoreRow>, count: SqlQuery<{ n: number }>): EntityMigration {
  return declaredEntity<SourceStoreRow, undefined, object>(service, {
    entity: 'stores',
    page,
    count,
    key: { columns: ['s.store_id'], of: (r) => Number(r.store_id) },
    pageSize: 100_000,
    map: (p) => mapStoreRows(p.rows, contract.table, contract.columns),
    writes: [contract],
    primaryTable: contract.table,
  });
}
