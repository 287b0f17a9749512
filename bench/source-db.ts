/**
 * The source database of a profile: generated once by the project's generator, then reused while its
 * magemig_seed_info row says it was made with the same profile, edition, seed and generator version
 * (generating `large` takes minutes; measuring it again should not).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConnectionUrl } from '../core/connection-url.ts';
import { describeError, MagemigError } from '../core/errors.ts';
import { openServer, quoteMysqlIdent } from '../core/mysql.ts';
import { sourceDatabaseName } from './config.ts';
import { ROOT } from './magemig.ts';

interface GeneratorModule {
  seedSource(opts: { source: string; profile: string; edition: string; seed: number; log: (line: string) => void }): Promise<unknown>;
  GENERATOR_VERSION?: string | number;
}

/** What a generated database records about itself; matched loosely on column names. */
export interface SeedInfo {
  profile: string | null;
  edition: string | null;
  seed: number | null;
  version: string | null;
}

export function seedInfoFromRow(row: Record<string, unknown>): SeedInfo {
  const pick = (...keys: string[]): unknown => keys.map((k) => row[k]).find((v) => v !== undefined && v !== null);
  const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
  const seed = pick('seed');
  return {
    profile: str(pick('profile')),
    edition: str(pick('edition')),
    seed: seed === undefined ? null : Number(seed),
    version: str(pick('generator_version', 'version', 'generatorVersion')),
  };
}

export function seedInfoMatches(info: SeedInfo, want: { profile: string; edition: string; seed: number; version: string | null }): boolean {
  return info.profile === want.profile && info.edition === want.edition && info.seed === want.seed && (want.version === null || info.version === want.version);
}

async function loadGenerator(): Promise<GeneratorModule | null> {
  const file = join(ROOT, 'generator', 'index.ts');
  if (!existsSync(file)) return null;
  try {
    const mod = (await import(pathToFileURL(file).href)) as Partial<GeneratorModule>;
    return typeof mod.seedSource === 'function' ? (mod as GeneratorModule) : null;
  } catch (err) {
    // The generator is being written beside us: say why it cannot run rather than crash.
    throw new MagemigError('BENCH_NO_GENERATOR', `the source generator cannot be loaded (${describeError(err)}): benchmark an existing store with --source URL`);
  }
}

/** Returns the source URL for the profile, generating the database first when needed. */
export async function ensureSourceDatabase(opts: { server: string; profile: string; edition: string; seed: number; regenerate?: boolean; log: (line: string) => void }): Promise<string> {
  const server = parseConnectionUrl(opts.server, 'mysql');
  const database = sourceDatabaseName(opts.profile, opts.edition, opts.seed);
  const url = `${opts.server.replace(/\/+$/, '')}/${database}`;
  // A generator that cannot load (being edited) matters only when we must generate.
  let loadError: unknown = null;
  const generator = await loadGenerator().catch((err: unknown) => {
    loadError = err;
    return null;
  });
  const conn = await openServer(server);
  try {
    const [found] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [database, 'magemig_seed_info']);
    if (Number((found as Array<{ n: number }>)[0].n) > 0) {
      const [rows] = await conn.query(`SELECT * FROM ${quoteMysqlIdent(database)}.magemig_seed_info`);
      const info = (rows as Array<Record<string, unknown>>).map(seedInfoFromRow)[0];
      const version = generator?.GENERATOR_VERSION === undefined ? null : String(generator.GENERATOR_VERSION);
      if (opts.regenerate) {
        opts.log(`source ${database}: --regenerate, generating it again`);
      } else if (info && seedInfoMatches(info, { profile: opts.profile, edition: opts.edition, seed: opts.seed, version })) {
        opts.log(`source ${database}: reused (profile ${info.profile}, ${info.edition}, seed ${info.seed}, generator ${info.version ?? '?'})`);
        return url;
      } else {
        opts.log(`source ${database}: made by another profile/seed/generator version, generating it again`);
      }
    }
    if (loadError) throw loadError;
    if (!generator) {
      throw new MagemigError('BENCH_NO_GENERATOR', `the source generator (generator/index.ts seedSource) does not exist yet: benchmark an existing store with --source mysql://USER:PASS@HOST:PORT/DB`);
    }
    // Only the benchmark's own databases are dropped (sourceDatabaseName always starts with magemig_bench_).
    await conn.query(`DROP DATABASE IF EXISTS ${quoteMysqlIdent(database)}`);
    await conn.query(`CREATE DATABASE ${quoteMysqlIdent(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  } finally {
    await conn.end();
  }
  const started = performance.now();
  opts.log(`source ${database}: generating profile ${opts.profile} (${opts.edition}, seed ${opts.seed})`);
  await generator.seedSource({ source: url, profile: opts.profile, edition: opts.edition, seed: opts.seed, log: () => {} });
  opts.log(`source ${database}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Fresh InnoDB statistics, so data_length (the MB/s denominator) describes the tables as generated.
  const after = await openServer(server);
  try {
    const [tables] = await after.query('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [database]);
    const names = (tables as Array<{ t: string }>).map((r) => `${quoteMysqlIdent(database)}.${quoteMysqlIdent(r.t)}`);
    if (names.length > 0) await after.query(`ANALYZE TABLE ${names.join(', ')}`);
  } finally {
    await after.end();
  }
  return url;
}
