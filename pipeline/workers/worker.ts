/**
 * `magemig worker`: takes partition jobs from the run's queue (pg-boss on the target Postgres) and loads them,
 * one at a time per --concurrency slot, until stopped; with a run to serve (--exit-when-done), it leaves once
 * that run is finished. A worker killed mid-partition stops beating; after pg-boss's heartbeat timeout another
 * worker retries the job and resumes the partition from its last committed checkpoint.
 */
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { parseTarget } from '../../core/postgres.ts';
import type { PipelineEmitter } from '../../core/events.ts';
import { latestRun, runStatus } from '../../sql/work/index.ts';
import type { RunSource } from '../source-context.ts';
import type { ContextMigration } from '../types.ts';
import { runPartitionJob, type PartitionJob } from './partition-job.ts';
import { HEARTBEAT_SECONDS, openBoss, openWorkDb, PARTITION_QUEUE } from './queue.ts';

export interface WorkerOptions {
  source: string;
  target: string;
  dbPrefix: string;
  events: PipelineEmitter;
  /** Partitions loaded at once by this process (each with its own connections). */
  concurrency?: number;
  /** Leave once this run is finished ('latest': the newest running run of the prefix). */
  exitWhenDone?: string | 'latest';
  contexts?: readonly ContextMigration[];
  /** Resolves to stop the worker (SIGTERM): jobs in flight finish first. */
  stop?: Promise<void>;
}

export async function runWorker(opts: WorkerOptions): Promise<{ jobs: number }> {
  const server = parseTarget(opts.target);
  const errors: Error[] = [];
  const boss = await openBoss(server, opts.dbPrefix, (err) => errors.push(err));
  const work = await openWorkDb(server, opts.dbPrefix);
  const workerName = `${hostname()}:${process.pid}`;
  const sources = new Map<string, Promise<RunSource>>();
  let jobs = 0;
  try {
    await boss.work<PartitionJob>(
      PARTITION_QUEUE,
      { localConcurrency: opts.concurrency ?? 1, batchSize: 1, pollingIntervalSeconds: 0.5, heartbeatRefreshSeconds: HEARTBEAT_SECONDS / 2 },
      async ([job]) => {
        jobs++;
        opts.events.emit('log', { message: `${workerName} takes ${job.data.context}/${job.data.entity} ${job.data.partition.name}` });
        return runPartitionJob(job.data, { source: opts.source, server, events: opts.events, contexts: opts.contexts, workerName, sources });
      },
    );
    let runId = opts.exitWhenDone === 'latest' ? undefined : opts.exitWhenDone;
    let stopped = false;
    void opts.stop?.then(() => (stopped = true));
    for (;;) {
      if (stopped) break;
      if (opts.exitWhenDone) {
        if (!runId) runId = (await work.query<{ run_id: string }>(latestRun.text)).rows[0]?.run_id;
        const status = runId ? (await work.query<{ status: string }>(runStatus.text, [runId])).rows[0]?.status : undefined;
        if (status && status !== 'running') break;
      }
      if (errors.length) throw errors[0];
      await delay(500);
    }
  } finally {
    await boss.stop({ graceful: true, timeout: 30_000 }).catch(() => undefined);
    await work.end().catch(() => undefined);
    await Promise.all([...sources.values()].map((p) => p.then((s) => s.close()).catch(() => undefined)));
  }
  return { jobs };
}
