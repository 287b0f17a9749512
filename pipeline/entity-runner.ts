/**
 * Runs one entity migration: resume from its checkpoint (or skip it when done), stream its batches, load
 * each in one transaction (or, in a dry run, only encode it), then mark it done in its own transaction.
 *
 * Retries: one loop (loaders/retry.ts). A retryable error anywhere (a source read, a batch write, the final
 * mark) restarts the entity from its committed checkpoint, read anew, on fresh source and target
 * connections; a batch whose commit was acknowledged too late is therefore never loaded twice. Only
 * consecutive failures count against the retries: a failure after progress starts the count again.
 */
import { describeError, MagemigError } from '../core/errors.ts';
import type { PipelineEmitter } from '../core/events.ts';
import { emptyCheckpoint, readCheckpoint, rejectsByReason, WHOLE, type Checkpoint } from '../loaders/bookkeeping.ts';
import type { Partition } from '../loaders/partitions.ts';
import { advance, encodeOnly, markDone, sameKey, writeBatch } from '../loaders/batch-writer.ts';
import { deferIndexes } from '../loaders/deferred-indexes.ts';
import { withRetry, type RetryPolicy } from '../loaders/retry.ts';
import type { ServiceTarget } from '../loaders/service-target.ts';
import { prefetch } from './prefetch.ts';
import { emptyEntityReport, type EntityReport } from './report.ts';
import type { RunSource } from './source-context.ts';
import type { Batch, EntityMigration, KeyRange, Reject } from './types.ts';

export interface EntityRun {
  entity: EntityMigration;
  /** One key range of the entity (a partition: its own checkpoint); absent: the whole entity. */
  partition?: Partition;
  src: RunSource;
  /** null in a dry run: nothing is written, nothing is read from the target. */
  target: ServiceTarget | null;
  runId: string;
  events: PipelineEmitter;
  sampleLimit: number;
  retry: RetryPolicy;
}

/**
 * Runs the entity and fills `report` (the caller's: a failed entity keeps what it had committed when it
 * failed). Throws a fatal one-line MagemigError when the entity cannot finish.
 */
export async function runEntity(run: EntityRun, report: EntityReport = emptyEntityReport(run.entity.service, run.entity.entity)): Promise<EntityReport> {
  const { entity, src, target, events } = run;
  const { service } = entity;
  const name = entity.entity;
  const started = performance.now();
  const dryRejects: Record<string, number> = {};
  let state: Checkpoint = emptyCheckpoint();
  let startRows = 0;
  const finish = async (): Promise<void> => {
    fill(report, state, dryRejects);
    report.rowsThisRun = state.sourceRows - startRows;
    report.seconds = (performance.now() - started) / 1000;
    report.rowsPerSecond = report.seconds > 0 ? Math.round(report.rowsThisRun / report.seconds) : 0;
    // Rejects of every run since the last --restart, not only this one's.
    if (target) report.rejectsByReason = await rejectsByReason(target.controlClient, name);
  };
  const retrying = <T>(attempt: () => Promise<T>, progressed: () => boolean = () => false): Promise<T> =>
    withRetry(run.retry, attempt, {
      prepare: async () => {
        await src.reconnect();
        await target?.reconnect();
      },
      onRetry: (n, err) => {
        report.retries++;
        events.emit('entity:retry', { service, entity: name, attempt: n, reason: describeError(err) });
      },
      progressed,
    });
  try {
    const part = run.partition?.name ?? WHOLE;
    const range: KeyRange | undefined = run.partition ? { lo: run.partition.lo, hi: run.partition.hi, first: run.partition.position === 0 } : undefined;
    if (target) state = await readCheckpoint(target.controlClient, name, false, part);
    startRows = state.sourceRows;
    // A partition is counted with its entity, once (pipeline/partitioned.ts).
    report.sourceCount = run.partition ? null : await retrying(() => entity.countSource(src));
    if (state.done) {
      await finish();
      report.status = 'already-done';
      if (!run.partition) events.emit('entity:skip', { service, entity: name, loaded: state.rowsLoaded, rejected: state.rowsRejected });
      return report;
    }
    report.resumed = state.batches > 0;
    if (run.partition) events.emit('partition:start', { service, entity: name, partition: part, resumedRows: startRows });
    else events.emit('entity:start', { service, entity: name, total: report.sourceCount, resumedRows: startRows });
    if (report.resumed) events.emit('log', { service, entity: name, message: `resumes after batch ${state.batches} (key ${JSON.stringify(state.lastKey)})` });

    let batchesAtFailure = state.batches;
    await retrying(
      async () => {
        // After a failure, the committed checkpoint is the truth (a commit may have succeeded unacknowledged).
        if (target) state = await readCheckpoint(target.client, name, false, part);
        // Bulk load first, indexes after (loaders/deferred-indexes.ts); partitions load side by side, so they keep them.
        if (target && !run.partition && entity.deferIndexes?.length) {
          const dropped = await deferIndexes(target.client, name, entity.deferIndexes);
          if (dropped > 0) events.emit('log', { service, entity: name, message: `${dropped} index(es) of ${entity.deferIndexes.join(', ')} are built once the entity is loaded` });
        }
        for await (const batch of prefetch(entity.batches(src, state.lastKey, range))) {
          state = target ? await load(run, report, state, batch) : dryLoad(run, report, state, batch, dryRejects);
          track(report, started, state.sourceRows - startRows);
          if (run.partition) events.emit('partition:progress', { service, entity: name, partition: part, rows: state.sourceRows - startRows, rejected: state.rowsRejected });
          else events.emit('entity:progress', { service, entity: name, rows: state.sourceRows, rejected: state.rowsRejected });
        }
        if (target) state = await markDone(target, service, name, state, run.runId, part);
        else state = { ...state, done: true };
      },
      () => {
        const progressed = state.batches > batchesAtFailure;
        batchesAtFailure = state.batches;
        return progressed;
      },
    );
    await finish();
    report.status = target ? 'loaded' : 'dry-run';
    if (run.partition) events.emit('partition:done', { service, entity: name, partition: part, loaded: report.loaded, rejected: report.rejected, seconds: report.seconds });
    else events.emit('entity:done', { service, entity: name, loaded: report.loaded, rejected: report.rejected, seconds: report.seconds });
    return report;
  } catch (err) {
    const failure = withContext(err, `${service}/${name}`);
    await finish().catch(() => undefined);
    report.status = 'failed';
    report.error = failure.message;
    report.countsAddUp = false;
    throw failure;
  }
}

const EXAMPLES_PER_REASON = 3;
const TIMELINE_POINTS = 240;

/** A few rejects per reason with their keys, for the report's reader (every one is in magemig.rejects). */
function keepExamples(report: EntityReport, rejects: readonly Reject[]): void {
  for (const r of rejects) {
    const list = (report.rejectExamples[r.reason] ??= []);
    if (list.length < EXAMPLES_PER_REASON) list.push({ sourceKey: r.sourceKey, detail: r.detail ?? null });
  }
}

/** Throughput over the run: a point per batch, thinned by half whenever it grows past TIMELINE_POINTS. */
function track(report: EntityReport, started: number, rows: number): void {
  report.timeline.push([Math.round(performance.now() - started) / 1000, rows]);
  if (report.timeline.length > TIMELINE_POINTS) report.timeline = report.timeline.filter((_, i) => i % 2 === 1);
}

/** A batch that does not move the keyset forward would make a resumed run repeat it forever. */
function assertAdvances(run: EntityRun, before: Checkpoint, batch: Batch): void {
  if (before.batches > 0 && sameKey(before.lastKey, batch.lastKey)) {
    throw new MagemigError('BAD_BATCH', `${run.entity.service}/${run.entity.entity}: two batches end at the same key ${JSON.stringify(batch.lastKey)}`, 'fatal');
  }
}

async function load(run: EntityRun, report: EntityReport, before: Checkpoint, batch: Batch): Promise<Checkpoint> {
  assertAdvances(run, before, batch);
  const { service, entity } = run.entity;
  const outcome = await writeBatch(run.target as ServiceTarget, service, entity, run.runId, before, batch, run.sampleLimit, run.partition?.name ?? WHOLE);
  if (outcome.refused > 0) {
    run.events.emit('log', { service, entity, message: `Postgres refused ${outcome.refused} row(s) of the batch after key ${JSON.stringify(before.lastKey)}: rejected, the rest committed` });
  }
  emitRejects(run, report, outcome.rejects);
  return outcome.after;
}

function dryLoad(run: EntityRun, report: EntityReport, before: Checkpoint, batch: Batch, rejects: Record<string, number>): Checkpoint {
  assertAdvances(run, before, batch);
  for (const r of batch.rejects) rejects[r.reason] = (rejects[r.reason] ?? 0) + 1;
  emitRejects(run, report, batch.rejects);
  return advance(before, batch, encodeOnly(batch), run.sampleLimit);
}

/** Every reject, with its Magento key, once its batch is committed (or read, in a dry run); a few kept as examples. */
function emitRejects(run: EntityRun, report: EntityReport, rejects: readonly Reject[]): void {
  keepExamples(report, rejects);
  if (rejects.length === 0 || run.events.listenerCount('reject') === 0) return;
  const { service, entity } = run.entity;
  for (const r of rejects) run.events.emit('reject', { service, entity, sourceKey: r.sourceKey, reason: r.reason, detail: r.detail });
}

function fill(report: EntityReport, state: Checkpoint, byReason: Record<string, number>): void {
  report.sourceRows = state.sourceRows;
  report.loaded = state.rowsLoaded;
  report.rejected = state.rowsRejected;
  report.batches = state.batches;
  report.stats = state.stats;
  report.samples = state.samples;
  report.rejectsByReason = byReason;
  report.countsAddUp = report.sourceCount !== null && state.rowsLoaded + state.rowsRejected === report.sourceCount;
}

/** One-line errors that say where they happened. */
function withContext(err: unknown, where: string): MagemigError {
  const message = describeError(err);
  const text = message.startsWith(`${where}:`) ? message : `${where}: ${message}`;
  // Whatever reaches here stops the run: retries are spent and rejects are the entity's to make.
  return new MagemigError(err instanceof MagemigError ? err.code : 'ENTITY_FAILED', text, 'fatal', { cause: err });
}
