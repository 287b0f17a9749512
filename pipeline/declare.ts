/**
 * An entity's migration, declared once: what it reads, its key, what hangs off each page, its pure mapping,
 * what it writes. pipeline/declared-entity.ts is the one runner that turns a declaration into batches; no
 * entity writes its own keyset loop, batch-size clamp or checkpoint parsing.
 *
 *   export const orders = declareEntity({
 *     entity: 'orders',
 *     page: ordersPage,                                        // sql/source/order/orders.sql: WHERE {{raw:after}} ... LIMIT :limit
 *     count: ordersCount,
 *     key: { columns: ['o.entity_id'], of: (r) => r.entity_id },
 *     children: { items: { query: orderItems, by: 'range' } }, // WHERE i.order_id BETWEEN :lo AND :hi
 *     prepare: async (src) => ({ stores: await storeCodesOf(src) }),
 *     map: (page, ctx) => mapOrders(page, ctx),                // transforms/order/orders.ts: pure
 *     writes: [orderContract.sales_order, orderContract.order_item],
 *   });
 */
import type { Mapped, RowKeyOf, Statement } from '../core/batch.ts';
import type { ChildRead, KeySpec, SourcePage } from '../extractors/keyset.ts';
import type { EavEntityTypeCode } from '../extractors/eav/entity-tables.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import type { Params } from '../extractors/query.ts';
import type { SourceContext } from '../extractors/source.ts';
import type { SqlQuery } from '../sql/query.ts';
import type { TemplateVars } from '../sql/template.ts';
import type { TableContract } from '../services/kit/index.ts';
import type { BatchThreadSpec } from './batch-thread.ts';

/** What the mapping gets: the page as read, and whether it is the first page of a walk from the start. */
export interface Page<Row, C> extends SourcePage<Row, C> {
  first: boolean;
}

export interface EntityDeclaration<Row, Ctx, C> {
  /** Name in reports, checkpoints and progress: 'products', 'orders'... */
  entity: string;
  /** The keyset page query: `WHERE {{raw:after}} ... ORDER BY <key columns> LIMIT :limit`. */
  page: SqlQuery<Row>;
  key: KeySpec<Row> | ((src: SourceContext) => KeySpec<Row>);
  /** The source count (loaded + rejected must equal it): a COUNT(*) query, or computed from the context. */
  count: SqlQuery<{ n: number | string }> | ((src: SourceContext, ctx: Ctx) => Promise<number> | number);
  /** Tables and columns the entity reads besides its queries (EAV value tables come from `eav`). */
  children?: { [K in keyof C]?: ChildRead<Row> };
  /** Reads that need the page's children (far ends by id): run after them on the page connection. */
  enrich?: { reads: readonly SqlQuery<unknown>[]; run(conn: MysqlConnection, page: SourcePage<Row, C>, src: SourceContext): Promise<Partial<C>> };
  /** Read the EAV values of the page's key range for this entity type. */
  eav?: EavEntityTypeCode;
  /** The run's lookups the mapping needs (memoise what other entities share with src.memo). */
  prepare?: (src: SourceContext) => Promise<Ctx>;
  /** The queries `prepare` runs (so the benchmark and the tests know every table the entity reads). */
  lookups?: readonly SqlQuery<unknown>[];
  /** Named parameters and template vars of every query (staging version, key column...). */
  params?: (src: SourceContext) => Params;
  /**
   * Parameters that come from the prepared lookups (attribute ids...). Apart from `params` so that counting an
   * entity whose parameters do not need them prepares nothing: an entity on a batch thread prepares its lookups
   * there, and the main thread, which only counts and writes, would hold a second copy (the products' on
   * `large`: tens of MB).
   */
  contextParams?: (src: SourceContext, ctx: Ctx) => Params;
  vars?: (src: SourceContext) => TemplateVars;
  /** Pure: the page's rows -> rows of the target tables, rejects, ids, counters. */
  map(page: Page<Row, C>, ctx: Ctx): Mapped;
  /**
   * Read, map and encode the batches on a thread of their own (pipeline/batch-thread.ts): the module declaring
   * this entity and the name it exports it as. For entities whose mapping is most of the main thread's time.
   */
  thread?: BatchThreadSpec;
  /** The service's contract tables it writes, in load order. */
  writes: readonly TableContract[];
  /** The table with one row per loaded entity: a row Postgres refuses there rejects its entity. */
  primaryTable?: string;
  /** How a row Postgres refuses is traced back to Magento (default: its magento_id, else its key columns). */
  rowKey?: RowKeyOf;
  /** insert (the default) or upsert on the contract's key (delta runs). */
  mode?: 'insert' | 'upsert';
  /**
   * The service's statements that keep its read models in step with this batch (run in its transaction after
   * its tables): e.g. the catalog's product documents of the page's products.
   */
  project?: (page: Page<Row, C>, mapped: Mapped) => Statement[];
  /**
   * Where `project` writes read-model rows built from the batch's own rows: the statements that derive them from
   * the stored rows instead, run when Postgres refused some rows of the batch (they were not stored as mapped).
   */
  projectRefused?: (page: Page<Row, C>, mapped: Mapped) => Statement[];
  /**
   * The first key column's smallest and largest value (`SELECT MIN(..) AS lo, MAX(..) AS hi`): with it the entity
   * can be split into key ranges that parallel workers load side by side (`migrate --workers N`).
   */
  bounds?: SqlQuery<{ lo: number | string | null; hi: number | string | null }>;
  /**
   * Build the indexes of the tables it writes after its bulk load rather than row by row during it
   * (loaders/deferred-indexes.ts). Only for an entity that alone fills those tables and whose rows' unique keys
   * Magento's own keys or its checks before the load guarantee (a unique index built at the end cannot turn a
   * violating row into a reject); not with upsert or read-model statements, which need the indexes.
   */
  deferIndexes?: boolean;
  /** Entities per batch at most (each may yield many rows); the run's --batch-size is the other bound. */
  maxBatch?: number;
  /** Entities per page, whatever --batch-size says (small lookup tables read in one page). */
  pageSize?: number;
  /** Source connections of its own: the first reads pages and children, the others the EAV value tables. */
  connections?: number;
}
