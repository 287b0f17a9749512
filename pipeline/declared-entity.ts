/**
 * The one generic runner: turns an entity declaration (pipeline/declare.ts) into an EntityMigration. It owns
 * the keyset position (checkpoint parsing and validation), the batch-size clamp, the source connections, the
 * page reads (extractors/keyset.ts), the check of every batch against the service's contract, samples and
 * the service name. The declaration only says what to read and how to map it.
 */
import type { Batch, Key, Mapped } from '../core/batch.ts';
import { MagemigError } from '../core/errors.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import { eavEntityTables, eavValueTables } from '../extractors/eav/entity-tables.ts';
import { keysetPages, type KeySpec, type PageSpec } from '../extractors/keyset.ts';
import { readCount, readRows, type Params } from '../extractors/query.ts';
import type { SourceContext } from '../extractors/source.ts';
import type { SqlQuery } from '../sql/query.ts';
import type { TableContract } from '../services/kit/index.ts';
import type { EntityDeclaration } from './declare.ts';
import { threadedBatches } from './batch-thread.ts';
import type { EntityMigration, KeyRange } from './types.ts';

/** The standard entity table of each EAV type (bench derives the value tables from it). */
const EAV_ENTITY_TABLES: Record<string, string> = {
  catalog_product: 'catalog_product_entity',
  catalog_category: 'catalog_category_entity',
  customer: 'customer_entity',
  customer_address: 'customer_address_entity',
};

export function declaredEntity<Row, Ctx, C>(service: string, d: EntityDeclaration<Row, Ctx, C>): EntityMigration {
  const queries: SqlQuery<unknown>[] = [
    d.page, ...(typeof d.count === 'function' ? [] : [d.count]), ...(d.lookups ?? []), ...(d.enrich?.reads ?? []), ...(d.bounds ? [d.bounds] : []),
  ];
  for (const child of Object.values(d.children ?? {}) as Array<{ query: SqlQuery<unknown> }>) queries.push(child.query);
  const reads = new Set<string>();
  for (const q of queries) for (const t of q.tables) reads.add(t);
  if (d.eav) for (const t of [EAV_ENTITY_TABLES[d.eav], ...eavValueTables(EAV_ENTITY_TABLES[d.eav])]) reads.add(t);
  const writes = new Map(d.writes.map((t) => [t.table, t]));
  const prepare = (src: SourceContext): Promise<Ctx> => src.memo(`prepare:${service}/${d.entity}`, async () => (d.prepare ? d.prepare(src) : (undefined as Ctx)));
  /** Every query's parameters: the lookups are prepared only when they give some (see contextParams). */
  const paramsOf = async (src: SourceContext): Promise<Params> =>
    ({ ...d.params?.(src), ...(d.contextParams ? d.contextParams(src, await prepare(src)) : {}) });

  if (d.deferIndexes && (d.mode === 'upsert' || d.project)) {
    throw new MagemigError('BAD_SERVICE', `${service}/${d.entity}: deferIndexes cannot go with upsert or read-model statements (they need the indexes during the load)`);
  }
  return {
    service,
    entity: d.entity,
    reads: [...reads],
    deferIndexes: d.deferIndexes ? d.writes.map((t) => t.table) : undefined,
    queries: [...new Set(queries.map((q) => q.name))],
    writes: d.writes.map((t) => t.table),
    async countSource(src) {
      if (typeof d.count === 'function') return d.count(src, await prepare(src));
      return readCount(src.conn, d.count, await paramsOf(src), d.vars?.(src) ?? { schema: src.schema });
    },
    bounds: d.bounds
      ? async (src) => {
        const [row] = await readRows(src.conn, d.bounds!, await paramsOf(src), d.vars?.(src) ?? { schema: src.schema });
        return row && row.lo !== null && row.hi !== null ? { lo: Number(row.lo), hi: Number(row.hi) } : null;
      }
      : undefined,
    batches(src, after, range) {
      if (d.thread && src.reopen) {
        const restore = (b: Batch): void => {
          if (d.rowKey) b.rowKey = d.rowKey;
        };
        return threadedBatches(d.thread, { url: src.reopen.url, options: src.options }, after, range, (from) => inlineBatches(src, from, range), restore);
      }
      return inlineBatches(src, after, range);
    },
  };

  /** The entity's batches read and mapped on this thread (and, for a declaration with `thread`, on that thread). */
  async function* inlineBatches(src: SourceContext, after: Key | null, range: KeyRange | undefined): AsyncGenerator<Batch> {
    const key = typeof d.key === 'function' ? d.key(src) : d.key;
    const start = checkpointKey(service, d.entity, key, after);
    const ctx = await prepare(src);
    const spec: PageSpec<Row, C> = {
      query: d.page,
      key,
      limit: d.pageSize ?? Math.max(1, Math.min(src.options.batchSize, d.maxBatch ?? Number.MAX_SAFE_INTEGER)),
      params: await paramsOf(src),
      vars: d.vars?.(src) ?? { schema: src.schema },
      schema: src.schema,
      children: d.children as PageSpec<Row, C>['children'],
      eav: d.eav ? await eavEntityTables(src, d.eav) : undefined,
      enrich: d.enrich ? (conn, page) => d.enrich!.run(conn, page, src) : undefined,
      range: range ? { lo: range.lo, hi: range.hi } : undefined,
    };
    const conns: MysqlConnection[] = [];
    try {
      for (let i = 0; i < (d.connections ?? 1); i++) conns.push(await src.openConnection());
      // Run-level counters are reported once: by the first page of the first range.
      let first = start === null && (!range || range.first);
      for await (const page of keysetPages(conns, spec, start)) {
        const mapped = d.map({ ...page, first }, ctx);
        first = false;
        const batch = toBatch(service, d, writes, mapped, key.of(page.rows[page.rows.length - 1]), page.rows.length);
        if (d.project) batch.after = d.project({ ...page, first }, mapped);
        if (d.projectRefused) batch.afterRefused = d.projectRefused({ ...page, first }, mapped);
        yield batch;
      }
    } finally {
      await Promise.all(conns.map((c) => c.end().catch(() => undefined)));
    }
  }
}

/** The stored position, checked against the key's shape: a checkpoint of another key would skip or repeat rows. */
function checkpointKey<Row>(service: string, entity: string, key: KeySpec<Row>, after: Key | null): Key | null {
  if (after === null) return null;
  const parts = Array.isArray(after) ? after : [after];
  const ok = parts.length === key.columns.length && parts.every((p) => (typeof p === 'number' && Number.isFinite(p)) || typeof p === 'string');
  if (!ok || (key.columns.length > 1) !== Array.isArray(after)) {
    throw new MagemigError('BAD_CHECKPOINT', `${service}/${entity}: the checkpoint ${JSON.stringify(after)} is not a key of (${key.columns.join(', ')}); use --restart`);
  }
  return after;
}

function toBatch<Row, Ctx, C>(
  service: string,
  d: EntityDeclaration<Row, Ctx, C>,
  writes: Map<string, TableContract>,
  mapped: Mapped,
  lastKey: Key,
  pageRows: number,
): Batch {
  for (const [name, t] of Object.entries(mapped.tables)) {
    const contract = writes.get(name);
    if (!contract) throw new MagemigError('BAD_BATCH', `${service}/${d.entity}: writes ${name}, which its declaration does not list`);
    if (t.columns !== contract.columns && (t.columns.length !== contract.columns.length || t.columns.some((c, i) => c !== contract.columns[i]))) {
      throw new MagemigError('BAD_BATCH', `${service}/${d.entity}: rows for ${name} in columns (${t.columns.join(', ')}), its contract says (${contract.columns.join(', ')})`);
    }
    if (t.rows.length === 0) delete mapped.tables[name];
  }
  const batch: Batch = { ...mapped, lastKey, sourceRows: mapped.sourceRows ?? pageRows };
  if (d.primaryTable) batch.primaryTable = d.primaryTable;
  if (d.rowKey) batch.rowKey = d.rowKey;
  if (d.mode === 'upsert') batch.upsert = Object.fromEntries([...writes].map(([name, t]) => [name, t.key]));
  return batch;
}
