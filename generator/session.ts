import type { MysqlConnection } from '../core/mysql.ts';
import type { Edition, Profile, ProductLayout } from './profiles.ts';

/**
 * Staging update ids are Unix timestamps of their start (Adobe Commerce). The generator uses fixed ones so the output is
 * deterministic: past updates (already applied), future ones (scheduled), and Magento's MAX_VERSION.
 * "Current" means created_in <= UNIX_TIMESTAMP() < updated_in; every past id is below REFERENCE_TS and every future one
 * far above today, so the generator's notion of current equals Magento's for the next decade.
 */
export const PAST_UPDATES = [1609459200, 1640995200, 1672531200] as const; // 2021-01-01, 2022-01-01, 2023-01-01
export const FUTURE_UPDATES = [2051222400, 2082758400] as const; // 2035-01-01, 2036-01-01
export const MAX_VERSION = 2147483647;
export const REFERENCE_TS = 1700000000; // 2023-11-14: after every past update, before every future one
/** Every generated timestamp lies after this instant (entity creation dates, orders...). */
export const BASE_DATE = '2019-01-01 00:00:00';

export interface SeedContext {
  conn: MysqlConnection;
  profile: Profile;
  edition: Edition;
  seed: number;
  layout: ProductLayout;
  /** store view ids per website (index 0 = website 1) */
  stores: number[][];
  commerce: boolean;
  /** key column of catalog entity and EAV value tables: row_id in Commerce, entity_id in Open Source */
  key: 'entity_id' | 'row_id';
  log: (line: string) => void;
  /** rows written per table, for the summary and magemig_seed_info */
  counts: Map<string, number>;
}

/**
 * A deterministic pseudo-random integer in [0, mod) for SQL: CRC32 of the seed, a salt naming the decision and
 * row-specific expressions. Same seed + salt + inputs -> same value on MariaDB and MySQL.
 */
export function rnd(ctx: SeedContext, salt: string, exprs: string | string[], mod: number): string {
  const parts = Array.isArray(exprs) ? exprs : [exprs];
  return `MOD(CRC32(CONCAT_WS(':', ${ctx.seed}, '${salt}', ${parts.join(', ')})), ${mod})`;
}

/** SQL for "entity row p is the current version" (always true in Open Source). */
export function currentRow(ctx: SeedContext, alias = 'p'): string {
  return ctx.commerce ? `(${alias}.created_in <= ${REFERENCE_TS} AND ${alias}.updated_in > ${REFERENCE_TS})` : '1=1';
}

/** A timestamp BASE_DATE + offset seconds, as SQL. */
export function ts(offsetSecondsSql: string): string {
  return `TIMESTAMPADD(SECOND, ${offsetSecondsSql}, '${BASE_DATE}')`;
}

/** Runs one set-based statement, logs "table: N rows (ms)" to stderr-bound log, and counts rows per table. */
export async function run(ctx: SeedContext, table: string, sql: string, params: unknown[] = []): Promise<number> {
  const started = performance.now();
  const [res] = await ctx.conn.query(sql, params);
  const rows = (res as { affectedRows?: number }).affectedRows ?? 0;
  ctx.counts.set(table, (ctx.counts.get(table) ?? 0) + rows);
  ctx.log(`${table}: +${rows} rows (${Math.round(performance.now() - started)} ms)`);
  return rows;
}

/** Multi-row INSERT of literal rows computed in Node (small lookup tables only), in chunks. */
export async function insertRows(ctx: SeedContext, table: string, columns: string[], rows: unknown[][], chunk = 2000): Promise<number> {
  let total = 0;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const placeholders = part.map((r) => `(${r.map(() => '?').join(', ')})`).join(',\n');
    const sql = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${placeholders}`;
    const [res] = await ctx.conn.query(sql, part.flat());
    total += (res as { affectedRows: number }).affectedRows;
  }
  ctx.counts.set(table, (ctx.counts.get(table) ?? 0) + total);
  ctx.log(`${table}: +${total} rows`);
  return total;
}

export async function scalar<T = number>(ctx: SeedContext, sql: string, params: unknown[] = []): Promise<T> {
  const [rows] = await ctx.conn.query(sql, params);
  const row = (rows as Record<string, unknown>[])[0];
  return (row ? Object.values(row)[0] : undefined) as T;
}

/** attribute_code -> attribute_id for an entity type (1 customer, 2 address, 3 category, 4 product). */
export async function attributeIds(ctx: SeedContext, entityTypeId: number): Promise<Map<string, number>> {
  const [rows] = await ctx.conn.query('SELECT attribute_code, attribute_id FROM eav_attribute WHERE entity_type_id = ?', [entityTypeId]);
  return new Map((rows as { attribute_code: string; attribute_id: number }[]).map((r) => [r.attribute_code, Number(r.attribute_id)]));
}
