/**
 * Indexes built after an entity's bulk load, as pg_restore does: before the entity's first batch its tables'
 * indexes (primary keys and unique constraints included, except those a foreign key depends on) are dropped
 * and their definitions recorded in magemig.deferred_index, in one transaction; the transaction that marks the
 * entity done builds them again and forgets them (loaders/batch-writer.ts markDone). A sorted build is a
 * fraction of the cost of keeping a btree up to date row by row (the order service's keys start with random
 * UUIDs): on the medium store it took about 4.5 of the 10 CPU seconds Postgres spent on the order load.
 *
 * Exactness: the data and its checkpoint commit per batch as before; an index is at any moment either in
 * place or recorded, so a run killed anywhere (even during the builds: that transaction rolls back whole) is
 * resumed by a run that builds what is recorded when the entity completes. Only entities whose declaration
 * asks for it (their rows' keys are unique in Magento already, or checked before the load) defer: a unique
 * index built at the end cannot turn a violating row into a reject the way a refused COPY row is.
 */
import type { PgClient } from '../core/postgres.ts';
import { clearDeferredIndexesQuery, deferrableIndexesQuery, readDeferredIndexesQuery, recordDeferredIndexQuery } from '../sql/bookkeeping/index.ts';
import { renderSql } from '../sql/template.ts';
import { quoteTableName } from './copy.ts';

/** Drops the indexes of `tables` (recording each first), in one transaction; those already recorded stay dropped. */
export async function deferIndexes(client: PgClient, entity: string, tables: readonly string[]): Promise<number> {
  let dropped = 0;
  await client.query('BEGIN');
  try {
    let position = (await readDeferred(client, entity)).length;
    for (const table of tables) {
      const { rows } = await client.query<NonNullable<typeof deferrableIndexesQuery.row>>(deferrableIndexesQuery.text, [quoteTableName(table)]);
      for (const ix of rows) {
        await client.query(recordDeferredIndexQuery.text, [entity, table, ix.index_name, ix.definition, position++]);
        await client.query(ix.drop_statement);
        dropped++;
      }
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return dropped;
}

async function readDeferred(client: PgClient, entity: string): Promise<Array<NonNullable<typeof readDeferredIndexesQuery.row>>> {
  return (await client.query<NonNullable<typeof readDeferredIndexesQuery.row>>(readDeferredIndexesQuery.text, [entity])).rows;
}

/**
 * The statements that build the entity's recorded indexes and forget them, to be sent inside the transaction
 * that marks it done ('' when nothing is recorded).
 */
export async function rebuildDeferredIndexesSql(client: PgClient, entity: string): Promise<string> {
  const recorded = await readDeferred(client, entity);
  if (recorded.length === 0) return '';
  const builds = recorded.map((r) => `${r.definition}; `).join('');
  return `${builds}${renderSql(clearDeferredIndexesQuery, { raw: { entity: client.escapeLiteral(entity) } })}; `;
}
