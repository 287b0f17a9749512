/**
 * Reads the five EAV value tables of an entity type for a key range lo..hi (entity_id, or row_id in Commerce):
 * one query per value table, `WHERE key BETWEEN lo AND hi` (a range scan of the value table's
 * (key, attribute_id, store_id) unique index), rows as arrays [key, attribute_id, store_id, value].
 * extractors/keyset.ts calls it for each page of entities. Measured design input (issue 3): streaming raw rows
 * and pivoting in Node beats one JOIN per attribute.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { VALUE_BACKEND_TYPES, valuesRange, valuesRangeUnscoped, type RawEavValues, type RawValueRow } from '../../sql/source/eav/index.ts';
import { quoteIdent } from '../../sql/template.ts';
import { readArrays } from '../query.ts';
import type { EavEntityTables } from './entity-tables.ts';

/**
 * Given several connections, the tables are spread over them (MariaDB runs each connection's query on its own
 * thread); on one connection the five queries queue back to back.
 */
export async function readEavValues(
  conn: MysqlConnection | readonly MysqlConnection[],
  tables: EavEntityTables,
  lo: number,
  hi: number,
): Promise<RawEavValues> {
  const conns = Array.isArray(conn) ? conn : [conn as MysqlConnection];
  const query = tables.scoped ? valuesRange : valuesRangeUnscoped;
  // The two biggest tables (int, varchar) go to different connections first.
  const results = await Promise.all(
    VALUE_BACKEND_TYPES.map((type, i) => {
      const index = tables.valueIndexes[type];
      const vars = {
        idents: { key: tables.keyColumn, table: tables.valueTables[type] },
        raw: { index_hint: index ? `FORCE INDEX (${quoteIdent(index)})` : '' },
      };
      return readArrays<RawValueRow>(conns[i % conns.length], query, { lo, hi }, vars);
    }),
  );
  const out = {} as RawEavValues;
  VALUE_BACKEND_TYPES.forEach((type, i) => (out[type] = results[i]));
  return out;
}
