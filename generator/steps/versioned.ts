import { insertRows, type SeedContext } from '../session.ts';
import { VERSION_PATTERNS, versionPatternTs } from '../versions.ts';

/**
 * Writes an entity whose rows are computed in Node (a few dozen: CMS pages, blocks, rules): one row per entity in Open
 * Source; in Commerce the sequence table gets the id and each version its row_id, created_in and updated_in.
 */
export async function insertVersioned(ctx: SeedContext, table: string, idCol: string, seq: string, salt: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (!ctx.commerce) {
    await insertRows(ctx, table, [idCol, ...columns], rows);
    return;
  }
  await insertRows(ctx, seq, ['sequence_value'], rows.map((r) => [r[0]]));
  const out: unknown[][] = [];
  let rowId = 0;
  for (const r of rows) {
    for (const [from, to] of VERSION_PATTERNS[versionPatternTs(ctx.seed, salt, Number(r[0]))]) out.push([...r, ++rowId, from, to]);
  }
  await insertRows(ctx, table, [idCol, ...columns, 'row_id', 'created_in', 'updated_in'], out);
}

