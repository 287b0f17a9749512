/**
 * The raw limit: `mariadb -N -B --quick -e 'SELECT ...' | psql -c 'COPY ... FROM STDIN'`, one table at a
 * time, into a Postgres table with the source's primary key. Nothing can move the rows faster without
 * skipping work, so magemig's throughput is quoted against it.
 *
 * The pipe stays the simplest that loads every row; what mariadb's batch output and Postgres disagree on
 * is fixed inside the SELECT, where it costs the least:
 *  - NULL prints as the word NULL: COPY reads it with NULL 'NULL' (so a text value 'NULL' becomes NULL,
 *    an accepted approximation); \t \n \\ escapes are the same in both.
 *  - NUL bytes (\0) are refused by Postgres text: string columns go through REPLACE(col, CHAR(0), '').
 *  - zero dates are refused by Postgres: date columns go through NULLIF(col, 0).
 *  - blobs are sent as hex ('\x' || HEX(col)) into bytea.
 */
import { spawn } from 'node:child_process';
import type { ConnectionUrl } from '../core/connection-url.ts';
import { quoteMysqlIdent } from '../core/mysql.ts';
import { quotePgIdent, connectPg } from '../core/postgres.ts';
import type { SourceColumn, SourceTable } from './source.ts';

const STRING_TYPES = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set', 'json']);
const BINARY_TYPES = new Set(['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob']);
const DATE_TYPES = new Set(['date', 'datetime', 'timestamp']);

/** The Postgres type a source column lands in (typed, so the COPY parses numbers and dates as a real load would). */
export function pgTypeFor(col: SourceColumn): string {
  const unsigned = col.columnType.includes('unsigned');
  switch (col.dataType) {
    case 'tinyint':
      return 'smallint';
    case 'smallint':
      return unsigned ? 'integer' : 'smallint';
    case 'mediumint':
      return 'integer';
    case 'int':
    case 'integer':
      return unsigned ? 'bigint' : 'integer';
    case 'bigint':
      return unsigned ? 'numeric(20)' : 'bigint';
    case 'decimal':
    case 'numeric':
      return 'numeric';
    case 'float':
      return 'real';
    case 'double':
      return 'double precision';
    case 'date':
      return 'date';
    case 'datetime':
    case 'timestamp':
      return 'timestamp';
    case 'time':
      return 'time';
    case 'year':
      return 'smallint';
    default:
      return BINARY_TYPES.has(col.dataType) ? 'bytea' : 'text';
  }
}

/** The SELECT expression for a column (see the header: NUL bytes, zero dates, blobs). */
export function selectExpressionFor(col: SourceColumn): string {
  const c = quoteMysqlIdent(col.name);
  if (STRING_TYPES.has(col.dataType)) return `REPLACE(${c}, CHAR(0), '')`;
  if (DATE_TYPES.has(col.dataType)) return `NULLIF(${c}, 0)`;
  if (BINARY_TYPES.has(col.dataType)) return `CONCAT('\\\\x', HEX(${c}))`;
  return c;
}

export function rawTableName(table: string): string {
  return `bench_${table}`;
}

export function selectSql(t: SourceTable): string {
  return `SELECT ${t.columns.map(selectExpressionFor).join(', ')} FROM ${quoteMysqlIdent(t.name)}`;
}

export function createTableSql(t: SourceTable): string {
  const cols = t.columns.map((c) => `${quotePgIdent(c.name)} ${pgTypeFor(c)}`);
  if (t.primaryKey.length > 0) cols.push(`PRIMARY KEY (${t.primaryKey.map(quotePgIdent).join(', ')})`);
  return `CREATE TABLE ${quotePgIdent(rawTableName(t.name))} (${cols.join(', ')})`;
}

export function copySql(t: SourceTable): string {
  return `COPY ${quotePgIdent(rawTableName(t.name))} FROM STDIN WITH (NULL 'NULL')`;
}

// Arguments come through the environment so nothing needs shell quoting; passwords go through
// MYSQL_PWD / PGPASSWORD, never the command line. The source session is read-only, like magemig's.
const PIPE = 'set -o pipefail; mariadb -N -B --quick --default-character-set=utf8mb4 --init-command="SET SESSION TRANSACTION READ ONLY" -h "$MY_HOST" -P "$MY_PORT" -u "$MY_USER" -e "$MY_SELECT" "$MY_DB" | psql -X -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c "$PG_COPY"';

/** The pipe of one table as a person would type it (for the README and --verbose). */
export function displayPipe(t: SourceTable, source: ConnectionUrl, pgDb: string): string {
  return `mariadb -N -B --quick -e "${selectSql(t)}" ${source.database} | psql -d ${pgDb} -c "${copySql(t)}"`;
}

export interface RawTableResult {
  table: string;
  seconds: number | null;
  rows: number | null;
  error?: string;
}

/** Drops and creates the target table (not timed). */
export async function prepareRawTables(target: ConnectionUrl, tables: SourceTable[]): Promise<void> {
  const pg = await connectPg(target);
  try {
    for (const t of tables) {
      await pg.query(`DROP TABLE IF EXISTS ${quotePgIdent(rawTableName(t.name))}`);
      await pg.query(createTableSql(t));
    }
  } finally {
    await pg.end();
  }
}

/** Runs the pipe for one table and times it (wall clock, process start included). */
export function pipeTable(t: SourceTable, source: ConnectionUrl, target: ConnectionUrl): Promise<RawTableResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MY_HOST: source.host,
    MY_PORT: String(source.port),
    MY_USER: source.user,
    MY_DB: source.database,
    MY_SELECT: selectSql(t),
    PG_HOST: target.host,
    PG_PORT: String(target.port),
    PG_USER: target.user,
    PG_DB: target.database,
    PG_COPY: copySql(t),
  };
  if (source.password) env.MYSQL_PWD = source.password;
  if (target.password) env.PGPASSWORD = target.password;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', PIPE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) => resolve({ table: t.name, seconds: null, rows: null, error: e.message }));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const copied = /COPY (\d+)/.exec(out);
      if (code !== 0 || !copied) {
        const reason = err.trim().split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
        resolve({ table: t.name, seconds: null, rows: null, error: `${t.name}: ${reason}` });
        return;
      }
      resolve({ table: t.name, seconds, rows: Number(copied[1]) });
    });
  });
}

/** One run of the raw pipe over every table, sequentially (two cores: one pipe already keeps both busy). */
export async function runRawPipe(tables: SourceTable[], source: ConnectionUrl, target: ConnectionUrl): Promise<RawTableResult[]> {
  await prepareRawTables(target, tables);
  const results: RawTableResult[] = [];
  for (const t of tables) results.push(await pipeTable(t, source, target));
  return results;
}
