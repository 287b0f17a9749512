/**
 * The job engine the workers share: pg-boss, on the target Postgres, in the coordination database
 * <prefix>_work. Why pg-boss: Postgres only (nothing else to run), jobs claimed with SKIP LOCKED, retries with
 * exponential backoff, and heartbeats: a worker that dies (kill -9, a lost node) stops beating and its job is
 * retried by another worker after HEARTBEAT_SECONDS, resuming from the partition's committed checkpoint.
 * (graphile-worker releases a crashed worker's jobs only after four hours, or by an explicit forceUnlock.)
 */
import { PgBoss } from 'pg-boss';
import { withDatabase, type ConnectionUrl } from '../../core/connection-url.ts';
import { connectPg, ensurePgDatabase, type PgClient } from '../../core/postgres.ts';
import { runsTable } from '../../sql/work/index.ts';

export const PARTITION_QUEUE = 'magemig-partition';
/** A worker that stops beating for this long has its partition retried elsewhere (pg-boss's minimum is 10). */
export const HEARTBEAT_SECONDS = 10;

export function workDatabase(prefix: string): string {
  return `${prefix}_work`;
}

export async function openWorkDb(server: ConnectionUrl, prefix: string): Promise<PgClient> {
  await ensurePgDatabase(server, workDatabase(prefix));
  const client = await connectPg(withDatabase(server, workDatabase(prefix)));
  client.on('error', () => undefined);
  await client.query(runsTable.text);
  return client;
}

export async function openBoss(server: ConnectionUrl, prefix: string, onError: (err: Error) => void): Promise<PgBoss> {
  await ensurePgDatabase(server, workDatabase(prefix));
  const boss = new PgBoss({
    host: server.host, port: server.port, user: server.user, password: server.password || undefined,
    database: workDatabase(prefix), schema: 'pgboss', max: 3,
    // How soon a dead worker's job (missed heartbeats) is found and retried.
    superviseIntervalSeconds: 2, monitorIntervalSeconds: 2,
  });
  boss.on('error', onError);
  await boss.start();
  if (!(await boss.getQueue(PARTITION_QUEUE))) {
    await boss.createQueue(PARTITION_QUEUE, {
      retryLimit: 5, retryDelay: 1, retryBackoff: true, retryDelayMax: 30,
      heartbeatSeconds: HEARTBEAT_SECONDS, expireInSeconds: 12 * 3600,
    }).catch(async (err: unknown) => {
      // Two processes creating it at once: the other one won.
      if (!(await boss.getQueue(PARTITION_QUEUE))) throw err;
    });
  }
  return boss;
}
