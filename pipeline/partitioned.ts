/**
 * An entity split into key ranges (partitions, each with its own checkpoint): counted once, its ranges run by
 * `execute` (in this process one after the other, or by parallel workers), and once every range is done their
 * checkpoints are summed into the whole entity's, marked done, so later runs see it finished.
 */
import { describeError, MagemigError } from '../core/errors.ts';
import { readCheckpoint, rejectsByReason, saveCheckpointSql, WHOLE, type Checkpoint } from '../loaders/bookkeeping.ts';
import { sumPartitions, type Partition } from '../loaders/partitions.ts';
import { rebuildDeferredIndexesSql } from '../loaders/deferred-indexes.ts';
import type { ServiceTarget } from '../loaders/service-target.ts';
import { withRetry } from '../loaders/retry.ts';
import type { EntityRun } from './entity-runner.ts';
import type { EntityReport } from './report.ts';

export async function runPartitioned(
  run: EntityRun,
  report: EntityReport,
  plan: readonly Partition[],
  execute: (p: Partition) => Promise<void>,
  /** Every partition at once (workers), rather than one after the other (this process). */
  parallel = false,
): Promise<EntityReport> {
  const { entity, src, events } = run;
  const target = run.target as ServiceTarget;
  const { service } = entity;
  const name = entity.entity;
  const started = performance.now();
  try {
    const whole = await readCheckpoint(target.controlClient, name);
    report.sourceCount = await withRetry(run.retry, () => entity.countSource(src), { prepare: () => src.reconnect() });
    if (whole.done) {
      fillFrom(report, whole);
      report.status = 'already-done';
      report.rejectsByReason = await rejectsByReason(target.controlClient, name);
      events.emit('entity:skip', { service, entity: name, loaded: whole.rowsLoaded, rejected: whole.rowsRejected });
      return report;
    }
    const before = await sumPartitions(target.controlClient, name);
    report.resumed = before.total.batches > 0;
    events.emit('entity:start', { service, entity: name, total: report.sourceCount, resumedRows: before.total.sourceRows });
    events.emit('log', { service, entity: name, message: `split into ${plan.length} partitions by key range (${before.done.size} done already)` });
    // In-process partitions report their rows; the entity's progress is their sum.
    const rowsOf = new Map<string, number>();
    const onProgress = (p: { service: string; entity: string; partition: string; rows: number; rejected: number }): void => {
      if (p.service !== service || p.entity !== name) return;
      rowsOf.set(p.partition, p.rows);
      events.emit('entity:progress', { service, entity: name, rows: before.total.sourceRows + [...rowsOf.values()].reduce((a, b) => a + b, 0), rejected: 0 });
    };
    events.on('partition:progress', onProgress);
    try {
      const todo = plan.filter((p) => !before.done.has(p.name));
      if (parallel) {
        const outcomes = await Promise.allSettled(todo.map(execute));
        const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
        if (failed) throw failed.reason;
      } else {
        for (const p of todo) await execute(p);
      }
    } finally {
      events.off('partition:progress', onProgress);
    }
    const after = await sumPartitions(target.controlClient, name);
    const missing = plan.filter((p) => !after.done.has(p.name));
    if (missing.length) throw new MagemigError('PARTITIONS_UNFINISHED', `${missing.length} of ${plan.length} partitions are not done (${missing.map((p) => p.name).slice(0, 5).join(', ')})`);
    const total: Checkpoint = { ...after.total, lastKey: null, samples: [], done: true };
    // Indexes a whole-entity run deferred before the entity was split are built with the mark (loaders/deferred-indexes.ts).
    const builds = await rebuildDeferredIndexesSql(target.controlClient, name);
    await target.controlClient.query(`BEGIN; ${builds}${saveCheckpointSql(target.controlClient, service, name, 0, total, run.runId, WHOLE)}; COMMIT`);
    fillFrom(report, total);
    report.partitions = after.partitions
      .sort((a, b) => (plan.findIndex((p) => p.name === a.partition) - plan.findIndex((p) => p.name === b.partition)))
      .map((p) => ({ partition: p.partition, sourceRows: p.sourceRows, loaded: p.loaded, rejected: p.rejected, done: p.done, worker: p.runId?.split('/')[1] ?? null }));
    report.rowsThisRun = total.sourceRows - before.total.sourceRows;
    report.seconds = (performance.now() - started) / 1000;
    report.rowsPerSecond = report.seconds > 0 ? Math.round(report.rowsThisRun / report.seconds) : 0;
    report.rejectsByReason = await rejectsByReason(target.controlClient, name);
    report.status = 'loaded';
    events.emit('entity:done', { service, entity: name, loaded: report.loaded, rejected: report.rejected, seconds: report.seconds });
    return report;
  } catch (err) {
    await target.controlClient.query('ROLLBACK').catch(() => undefined);
    report.status = 'failed';
    report.error = `${service}/${name}: ${describeError(err)}`;
    report.countsAddUp = false;
    throw new MagemigError(err instanceof MagemigError ? err.code : 'ENTITY_FAILED', report.error, 'fatal', { cause: err });
  }
}

function fillFrom(report: EntityReport, cp: Checkpoint): void {
  report.sourceRows = cp.sourceRows;
  report.loaded = cp.rowsLoaded;
  report.rejected = cp.rowsRejected;
  report.batches = cp.batches;
  report.stats = cp.stats;
  report.countsAddUp = report.sourceCount !== null && cp.rowsLoaded + cp.rowsRejected === report.sourceCount;
}
