/**
 * Runs one entity migration: resume from its checkpoint (or skip it when done), stream its batches, load
 * each in one transaction (or, in a dry run, only encode it), then mark it done in its own transaction.
 *
 * Retryable errors: a failed write is retried on a fresh Postgres connection (loaders/retry.ts); a failed
 * source read restarts the entity's batches from the last committed key on a fresh source connection.
 * Both count consecutive failures only: progress resets the count.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { classifyError, describeError, MagemigError } from '../core/errors.ts';
import type { PipelineEmitter } from '../core/events.ts';
import { emptyCheckpoint, readCheckpoint, rejectsByReason, type Checkpoint } from '../loaders/bookkeeping.ts';
import { advance, encodeOnly, markDone, sameKey, writeBatch } from '../loaders/batch-writer.ts';
import { backoffMs, withRetry, type RetryPolicy } from '../loaders/retry.ts';
import type { ServiceTarget } from '../loaders/service-target.ts';
import { prefetch } from './prefetch.ts';
import { emptyEntityReport, type EntityReport } from './report.ts';
import type { RunSource } from './source-context.ts';
import type { Batch, EntityMigration } from './types.ts';

export interface EntityRun {
  entity: EntityMigration;
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
  try {
    if (target) state = await readCheckpoint(target.controlClient, name);
    startRows = state.sourceRows;
    report.sourceCount = await withSourceRetry(run, report, () => entity.countSource(src));
    if (state.done) {
      await finish();
      report.status = 'already-done';
      events.emit('entity:skip', { service, entity: name, loaded: state.rowsLoaded, rejected: state.rowsRejected });
      return report;
    }
    report.resumed = state.batches > 0;
    events.emit('entity:start', { service, entity: name, total: report.sourceCount, resumedRows: startRows });

    let failures = 0;
    for (;;) {
      const progressBefore = state.batches;
      try {
        for await (const batch of prefetch(entity.batches(src, state.lastKey))) {
          state = target ? await load(run, report, state, batch) : dryLoad(run, state, batch, dryRejects);
          events.emit('entity:progress', { service, entity: name, rows: state.sourceRows, rejected: state.rowsRejected });
        }
        break;
      } catch (err) {
        if (state.batches > progressBefore) failures = 0;
        if (classifyError(err) !== 'retryable' || ++failures > run.retry.retries) throw err;
        report.retries++;
        events.emit('entity:retry', { service, entity: name, attempt: failures, reason: describeError(err) });
        await delay(backoffMs(run.retry, failures));
        await src.reconnect();
      }
    }

    if (target) {
      const last = state;
      state = await withRetry(run.retry, () => markDone(target, service, name, last, run.runId), {
        prepare: () => target.reconnect(),
        onRetry: (attempt, err) => onRetry(run, report, attempt, err),
      });
    } else {
      state = { ...state, done: true };
    }
    await finish();
    report.status = target ? 'loaded' : 'dry-run';
    events.emit('entity:done', { service, entity: name, loaded: report.loaded, rejected: report.rejected, seconds: report.seconds });
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

/** A batch that does not move the keyset forward would make a resumed run repeat it forever. */
function assertAdvances(run: EntityRun, before: Checkpoint, batch: Batch): void {
  if (before.batches > 0 && sameKey(before.lastKey, batch.lastKey)) {
    throw new MagemigError('BAD_BATCH', `${run.entity.service}/${run.entity.entity}: two batches end at the same key ${JSON.stringify(batch.lastKey)}`, 'fatal');
  }
}

async function load(run: EntityRun, report: EntityReport, before: Checkpoint, batch: Batch): Promise<Checkpoint> {
  assertAdvances(run, before, batch);
  const target = run.target as ServiceTarget;
  const { after } = await withRetry(
    run.retry,
    (attempt) => writeBatch(target, run.entity.service, run.entity.entity, run.runId, before, batch, run.sampleLimit, attempt > 1),
    { prepare: () => target.reconnect(), onRetry: (attempt, err) => onRetry(run, report, attempt, err) },
  );
  return after;
}

function dryLoad(run: EntityRun, before: Checkpoint, batch: Batch, rejects: Record<string, number>): Checkpoint {
  assertAdvances(run, before, batch);
  for (const r of batch.rejects) rejects[r.reason] = (rejects[r.reason] ?? 0) + 1;
  return advance(before, batch, encodeOnly(batch), run.sampleLimit);
}

function onRetry(run: EntityRun, report: EntityReport, attempt: number, err: unknown): void {
  report.retries++;
  run.events.emit('entity:retry', { service: run.entity.service, entity: run.entity.entity, attempt, reason: describeError(err) });
}

/** Source reads outside the batch loop (countSource): retried on a fresh source connection. */
async function withSourceRetry<T>(run: EntityRun, report: EntityReport, read: () => Promise<T>): Promise<T> {
  return withRetry(run.retry, read, {
    prepare: () => run.src.reconnect(),
    onRetry: (attempt, err) => onRetry(run, report, attempt, err),
  });
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
