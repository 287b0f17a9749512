/**
 * The real Luma 2.4.2 store as a bench source: loaded once from ../shared's dump into magemig_bench_luma
 * (the same loader the tests use), then reused.
 */
import { parseConnectionUrl } from '../../core/connection-url.ts';
import { openServer } from '../../core/mysql.ts';
import { loadLumaDump, lumaAvailable, LUMA_DUMP } from '../../test/support/luma.ts';

const DATABASE = 'magemig_bench_luma';

export async function ensureLumaSource(server: string, log: (line: string) => void): Promise<string> {
  if (!lumaAvailable) throw new Error(`the Luma dump ${LUMA_DUMP} is absent: run with --stores medium`);
  const url = parseConnectionUrl(server, 'mysql');
  const conn = await openServer(url);
  try {
    const [rows] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [DATABASE, 'catalog_product_entity']);
    if (Number((rows as Array<{ n: number }>)[0].n) > 0) {
      log(`source ${DATABASE}: reused`);
    } else {
      log(`source ${DATABASE}: loading the Luma dump`);
      await conn.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
      await conn.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
      await loadLumaDump(DATABASE, url.host, url.port);
    }
  } finally {
    await conn.end();
  }
  return `${server.replace(/\/+$/, '')}/${DATABASE}`;
}
