/** The machine a result was measured on: the numbers mean nothing without it. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import type { ConnectionUrl } from '../core/connection-url.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import { connectPg } from '../core/postgres.ts';
import type { Machine } from './result.ts';

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty}, Linux ${release()}`;
  } catch {
    // not Linux, or no os-release: the kernel release is enough
  }
  return `${process.platform} ${release()}`;
}

export async function describeMachine(source: MysqlConnection, target: ConnectionUrl, pgloader: string | null): Promise<Machine> {
  const [rows] = await source.query('SELECT VERSION() AS v');
  const mariadb = String((rows as Array<{ v: string }>)[0].v);
  const pg = await connectPg({ ...target, database: 'postgres' });
  let postgres: string;
  try {
    postgres = String((await pg.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version);
  } finally {
    await pg.end();
  }
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    ramGb: Math.round(totalmem() / 1024 ** 3),
    os: osName(),
    node: process.version.replace(/^v/, ''),
    mariadb,
    postgres: postgres.split(' ')[0],
    pgloader,
  };
}
