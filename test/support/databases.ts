import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';

/** Where the local servers are (the machines and CI run MariaDB and Postgres on localhost). */
export const MYSQL_SERVER = process.env.MAGEMIG_TEST_MYSQL ?? 'mysql://root@127.0.0.1:3306';
export const PG_SERVER = process.env.MAGEMIG_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';

export interface TestDatabases {
  /** mysql://root@127.0.0.1:3306/<db>: an empty MariaDB database for this test file. */
  mysqlUrl: string;
  mysqlDatabase: string;
  /** postgres://postgres@127.0.0.1:5432: the target server; service databases are <pgPrefix>_<service>. */
  pgUrl: string;
  pgPrefix: string;
  /** Drops the MariaDB database and every Postgres database whose name starts with pgPrefix. */
  cleanup(): Promise<void>;
}

/**
 * Each test file gets databases of its own, so files can run in parallel and leave nothing behind.
 * `label` makes leftovers of a crashed run recognisable (mmt_<label>_<random>).
 */
export async function createTestDatabases(label: string): Promise<TestDatabases> {
  const id = `mmt_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const server = await mysql.createConnection(MYSQL_SERVER);
  try {
    await server.query(`CREATE DATABASE \`${id}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  } finally {
    await server.end();
  }
  return {
    mysqlUrl: `${MYSQL_SERVER}/${id}`,
    mysqlDatabase: id,
    pgUrl: PG_SERVER,
    pgPrefix: id,
    async cleanup() {
      const my = await mysql.createConnection(MYSQL_SERVER);
      try {
        await my.query(`DROP DATABASE IF EXISTS \`${id}\``);
      } finally {
        await my.end();
      }
      await dropPgDatabases(id);
    },
  };
}

export async function dropPgDatabases(prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 || '%'",
      [prefix],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Names of the Postgres databases under a prefix (to prove a dry run created none). */
export async function listPgDatabases(prefix: string): Promise<string[]> {
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 || '%' ORDER BY 1",
      [prefix],
    );
    return rows.map((r) => r.datname);
  } finally {
    await admin.end();
  }
}
