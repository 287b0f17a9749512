/**
 * `migrate --workers N`: the coordinating side. For each big entity (one whose declaration gives its key
 * bounds), a partition plan of key ranges is stored in the service database (magemig.partitions); each range
 * becomes a pg-boss job that any worker takes (local ones the CLI spawns, or `magemig worker` on other
 * machines); the entity is done when every range is, and the next entity of the context starts only then
 * (relations wait for products). Progress comes from the ranges' checkpoints, committed with their data.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { ConnectionUrl } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { readCheckpoint } from '../../loaders/bookkeeping.ts';
import { splitRange, writePartitions, type Partition } from '../../loaders/partitions.ts';
import { runEnd, runStart } from '../../sql/work/index.ts';
import type { EntityRun } from '../entity-runner.ts';
import type { PartitionExecutor } from '../run-migration.ts';
import type { PartitionJob } from './partition-job.ts';
import { openBoss, openWorkDb, PARTITION_QUEUE } from './queue.ts';

export interface CoordinatorOptions {
  server: ConnectionUrl;
  dbPrefix: string;
  runId: string;
  /** Key ranges per big entity (a few per worker, so fast workers take more). */
  partitionsPerEntity: number;
  /** Entities with fewer source rows are read whole: splitting them costs more than it saves. */
  minRowsToSplit: number;
  sampleLimit?: number;
  /** How often the coordinator looks at its jobs and their checkpoints (ms). */
  pollMs?: number;
}

export interface Coordinator {
  executor: PartitionExecutor;
  /** Marks the run finished in the coordination database (workers started with --exit-when-done leave). */
  finish(status: 'completed' | 'failed'): Promise<void>;
}

export async function openCoordinator(opts: CoordinatorOptions): Promise<Coordinator> {
  const errors: Error[] = [];
  const boss = await openBoss(opts.server, opts.dbPrefix, (err) => errors.push(err));
  const work = await openWorkDb(opts.server, opts.dbPrefix);
  await work.query(runStart.text, [opts.runId]);
  const pollMs = opts.pollMs ?? 250;

  const executor: PartitionExecutor = {
    async plan(run: EntityRun): Promise<Partition[]> {
      const target = run.target!;
      if (!run.entity.bounds) return [];
      // A whole-entity walk already under way is finished as it began.
      if ((await readCheckpoint(target.controlClient, run.entity.entity)).batches > 0) return [];
      if ((await run.entity.countSource(run.src)) < opts.minRowsToSplit) return [];
      const bounds = await run.entity.bounds(run.src);
      if (!bounds) return [];
      return writePartitions(target.controlClient, run.entity.entity, splitRange(bounds.lo, bounds.hi, opts.partitionsPerEntity));
    },

    async execute(run: EntityRun, partition: Partition): Promise<void> {
      const job: PartitionJob = {
        runId: opts.runId,
        dbPrefix: opts.dbPrefix,
        context: run.entity.service,
        entity: run.entity.entity,
        partition,
        settings: { batchSize: run.src.options.batchSize, nullPolicy: run.src.options.nullPolicy, stagingVersion: run.src.options.stagingVersion },
        sampleLimit: opts.sampleLimit ?? 5,
      };
      const id = randomUUID();
      await boss.send(PARTITION_QUEUE, job as unknown as object, { id });
      const target = run.target!;
      // Progress as in-process partitions report it: rows processed since this run took the range up.
      const initial = (await readCheckpoint(target.controlClient, run.entity.entity, false, partition.name)).sourceRows;
      let reported = initial;
      for (;;) {
        const state = await boss.getJobById<PartitionJob>(PARTITION_QUEUE, id);
        const cp = await readCheckpoint(target.controlClient, run.entity.entity, false, partition.name);
        if (cp.sourceRows !== reported) {
          reported = cp.sourceRows;
          run.events.emit('partition:progress', { service: job.context, entity: job.entity, partition: partition.name, rows: cp.sourceRows - initial, rejected: cp.rowsRejected });
        }
        if (state?.state === 'completed') {
          const done = await readCheckpoint(target.controlClient, run.entity.entity, false, partition.name);
          run.events.emit('partition:done', { service: job.context, entity: job.entity, partition: partition.name, loaded: done.rowsLoaded, rejected: done.rowsRejected, seconds: 0 });
          return;
        }
        if (state?.state === 'failed' || state?.state === 'cancelled') {
          const output = state.output as { message?: string } | null;
          throw new MagemigError('PARTITION_FAILED', `partition ${partition.name} failed after ${state.retryCount} retries: ${output?.message ?? 'no reason given'}`);
        }
        if (errors.length) throw new MagemigError('JOB_ENGINE', `the job engine failed: ${errors[0].message}`);
        await delay(pollMs);
      }
    },
  };

  return {
    executor,
    async finish(status) {
      await work.query(runEnd.text, [opts.runId, status]).catch(() => undefined);
      await work.end().catch(() => undefined);
      await boss.stop({ graceful: false }).catch(() => undefined);
    },
  };
}
