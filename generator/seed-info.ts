import type { MysqlConnection } from '../core/mysql.ts';
import type { DirtCounts } from './dirt.ts';
import type { Edition, ProfileName } from './profiles.ts';

/** Bumped whenever the generated content changes, so a stored database of an older generator is not reused. */
export const GENERATOR_VERSION = '1.3.0';

export interface SeedInfo {
  profile: ProfileName;
  edition: Edition;
  seed: number;
  generatorVersion: string;
  createdAt: string;
  dirt: DirtCounts;
  entities: Record<string, number>;
}

export const SEED_INFO_DDL = `CREATE TABLE magemig_seed_info (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  profile VARCHAR(16) NOT NULL,
  edition VARCHAR(16) NOT NULL,
  seed INT NOT NULL,
  generator_version VARCHAR(16) NOT NULL,
  created_at DATETIME NOT NULL,
  dirt_counts JSON NOT NULL,
  entity_counts JSON NOT NULL
) ENGINE=InnoDB COMMENT='Written by magemig seed: what this generated Magento database holds'`;

export async function writeSeedInfo(conn: MysqlConnection, info: Omit<SeedInfo, 'createdAt'>): Promise<void> {
  await conn.query('DROP TABLE IF EXISTS magemig_seed_info');
  await conn.query(SEED_INFO_DDL);
  await conn.query(
    'INSERT INTO magemig_seed_info (id, profile, edition, seed, generator_version, created_at, dirt_counts, entity_counts) VALUES (1, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, ?)',
    [info.profile, info.edition, info.seed, info.generatorVersion, JSON.stringify(info.dirt), JSON.stringify(info.entities)],
  );
}

/** What a generated database holds, or null when it was not written by `magemig seed` (e.g. a real Magento store). */
export async function readSeedInfo(conn: MysqlConnection): Promise<SeedInfo | null> {
  const [tables] = await conn.query("SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'magemig_seed_info'");
  if ((tables as unknown[]).length === 0) return null;
  const [rows] = await conn.query('SELECT profile, edition, seed, generator_version, created_at, dirt_counts, entity_counts FROM magemig_seed_info WHERE id = 1');
  const r = (rows as Record<string, unknown>[])[0];
  if (!r) return null;
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    profile: r.profile as ProfileName,
    edition: r.edition as Edition,
    seed: Number(r.seed),
    generatorVersion: String(r.generator_version),
    createdAt: String(r.created_at),
    dirt: json<DirtCounts>(r.dirt_counts),
    entities: json<Record<string, number>>(r.entity_counts),
  };
}
