/**
 * The source database of a profile: generated once by the project's generator, then reused while its
 * magemig_seed_info row says it was made with the same profile, edition, seed and generator version
 * (generating `large` takes minutes; measuring it again should not).
 */
import { parseConnectionUrl } from '../core/connection-url.ts';
import { openServer, quoteMysqlIdent } from '../core/mysql.ts';
import { GENERATOR_VERSION, readSeedInfo, seedSource, type Edition, type ProfileName, type SeedInfo } from '../generator/index.ts';
import { sourceDatabaseName } from './config.ts';

export function seedInfoMatches(info: Pick<SeedInfo, 'profile' | 'edition' | 'seed' | 'generatorVersion'>, want: { profile: string; edition: string; seed: number }): boolean {
  return info.profile === want.profile && info.edition === want.edition && info.seed === want.seed && info.generatorVersion === GENERATOR_VERSION;
}

/** Returns the source URL for the profile, generating the database first when needed. */
export async function ensureSourceDatabase(opts: { server: string; profile: string; edition: string; seed: number; regenerate?: boolean; log: (line: string) => void }): Promise<string> {
  const server = parseConnectionUrl(opts.server, 'mysql');
  const database = sourceDatabaseName(opts.profile, opts.edition, opts.seed);
  const url = `${opts.server.replace(/\/+$/, '')}/${database}`;
  const conn = await openServer(server);
  try {
    const [found] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    if (Number((found as Array<{ n: number }>)[0].n) > 0) {
      await conn.query(`USE ${quoteMysqlIdent(database)}`);
      const info = await readSeedInfo(conn);
      if (opts.regenerate) {
        opts.log(`source ${database}: --regenerate, generating it again`);
      } else if (info && seedInfoMatches(info, opts)) {
        opts.log(`source ${database}: reused (profile ${info.profile}, ${info.edition}, seed ${info.seed}, generator ${info.generatorVersion})`);
        return url;
      } else {
        opts.log(`source ${database}: made by another profile/seed/generator version, generating it again`);
      }
    }
    // Only the benchmark's own databases are dropped (sourceDatabaseName always starts with magemig_bench_).
    await conn.query(`DROP DATABASE IF EXISTS ${quoteMysqlIdent(database)}`);
    await conn.query(`CREATE DATABASE ${quoteMysqlIdent(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  } finally {
    await conn.end();
  }
  const started = performance.now();
  opts.log(`source ${database}: generating profile ${opts.profile} (${opts.edition}, seed ${opts.seed})`);
  await seedSource({ source: url, profile: opts.profile as ProfileName, edition: opts.edition as Edition, seed: opts.seed, log: () => {} });
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
