import { crc32 } from 'node:zlib';
import { FUTURE_UPDATES, MAX_VERSION, PAST_UPDATES, REFERENCE_TS, insertRows, type SeedContext } from './session.ts';

const [P0, P1, P2] = PAST_UPDATES;
const [F0, F1] = FUTURE_UPDATES;

/**
 * Adobe Commerce row versions of one entity, as [created_in, updated_in) intervals that tile 1..MAX_VERSION.
 * Pattern 0: one version (most entities). 1-3: an old version replaced by a past update. 4-5: the current version
 * and a scheduled future one. 6: old, current and future. Exactly one interval contains "now" in every pattern.
 */
export const VERSION_PATTERNS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [[1, MAX_VERSION]],
  [[1, P0], [P0, MAX_VERSION]],
  [[1, P1], [P1, MAX_VERSION]],
  [[1, P2], [P2, MAX_VERSION]],
  [[1, F0], [F0, MAX_VERSION]],
  [[1, F1], [F1, MAX_VERSION]],
  [[1, P1], [P1, F0], [F0, MAX_VERSION]],
];

/** Percent thresholds: entity gets pattern i when its draw (0..99) is below CUT[i-1] and not below CUT[i-2]. */
const CUTS = [4, 6, 8, 10, 12, 14];

/** Same value as session.rnd() computes in SQL: CRC32 of "seed:salt:parts" modulo mod. */
export function rndTs(seed: number, salt: string, parts: (string | number)[], mod: number): number {
  return crc32([seed, salt, ...parts].join(':')) % mod;
}

export function versionPatternTs(seed: number, salt: string, id: number): number {
  const r = rndTs(seed, salt, [id], 100);
  const i = CUTS.findIndex((c) => r < c);
  return i === -1 ? 0 : i + 1;
}

/** SQL twin of versionPatternTs for an id expression. */
export function versionPatternSql(ctx: SeedContext, salt: string, idExpr: string): string {
  const r = `MOD(CRC32(CONCAT_WS(':', ${ctx.seed}, '${salt}', ${idExpr})), 100)`;
  return `(CASE ${CUTS.map((c, i) => `WHEN ${r} < ${c} THEN ${i + 1}`).join(' ')} ELSE 0 END)`;
}

/** magemig_version(pattern, v, created_in, updated_in): join target that expands an entity into its row versions. */
export async function createVersionTable(ctx: SeedContext): Promise<void> {
  await ctx.conn.query(`CREATE TABLE magemig_version (pattern TINYINT UNSIGNED, v TINYINT UNSIGNED, created_in BIGINT UNSIGNED,
    updated_in BIGINT UNSIGNED, PRIMARY KEY (pattern, v)) ENGINE=InnoDB`);
  const rows: unknown[][] = [];
  VERSION_PATTERNS.forEach((versions, pattern) => versions.forEach(([from, to], v) => rows.push([pattern, v + 1, from, to])));
  await insertRows(ctx, 'magemig_version', ['pattern', 'v', 'created_in', 'updated_in'], rows);
}

/** SQL suffix that marks values of non-current versions (so a migration that picks the wrong row is caught). */
export function versionSuffixSql(ctx: SeedContext, alias = 'p'): string {
  if (!ctx.commerce) return "''";
  return `(CASE WHEN ${alias}.updated_in <= ${REFERENCE_TS} THEN ' (previous)' WHEN ${alias}.created_in > ${REFERENCE_TS} THEN ' (scheduled)' ELSE '' END)`;
}
