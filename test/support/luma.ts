import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The real Magento 2.4.2 Luma dump lives in ../shared beside the checkout (never in this repository). */
export const LUMA_DUMP = join(ROOT, '..', 'shared', 'magento-dumps', 'luma242', 'sample.database.sql.gz');
export const lumaAvailable = existsSync(LUMA_DUMP);
if (!lumaAvailable) {
  console.warn(`[magemig tests] ${LUMA_DUMP} is absent: tests on the real Luma dump do not run here.`);
}

/**
 * Loads the dump into an existing MariaDB database, with the two fixes ../shared/README.md gives:
 * no DEFINER clauses, and MySQL 8's utf8mb4_0900_ai_ci collation (MariaDB lacks it) mapped to general_ci.
 */
export async function loadLumaDump(database: string, mysqlHost = '127.0.0.1', port = 3306): Promise<void> {
  const client = spawn('mariadb', [`-h${mysqlHost}`, `-P${port}`, '-uroot', database], { stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  client.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number>((resolve) => client.on('close', (code) => resolve(code ?? 1)));
  let carry = '';
  const fix = new Transform({
    transform(chunk, _enc, cb) {
      const text = carry + chunk.toString('utf8');
      const cut = text.lastIndexOf('\n') + 1;
      carry = text.slice(cut);
      cb(null, fixLine(text.slice(0, cut)));
    },
    flush(cb) {
      cb(null, fixLine(carry));
    },
  });
  await pipeline(createReadStream(LUMA_DUMP), createGunzip(), fix, client.stdin);
  const code = await exited;
  if (code !== 0) throw new Error(`loading the Luma dump failed: ${stderr.trim()}`);
}

function fixLine(s: string): string {
  return s.replace(/DEFINER=`[^`]+`@`[^`]+`/g, '').replace(/utf8mb4_0900_ai_ci/g, 'utf8mb4_general_ci');
}
