/**
 * The run orchestrator behind `magemig migrate`: for each bounded context, a source of its own, its service
 * database and schema, then each entity in order through pipeline/entity-runner.ts. It reports through
 * events and returns a RunReport; it never prints and never imports UI code.
 *
 * A dry run opens no connection to the target at all: nothing can be created or written there.
 */
import { randomUUID } from 'node:crypto';
import { redactUrl } from '../core/connection-url.ts';
import { describeError, MagemigError } from '../core/errors.ts';
import { PipelineEmitter } from '../core/events.ts';
import { parseTarget } from '../core/postgres.ts';
import { DEFAULT_RETRY, type RetryPolicy } from '../loaders/retry.ts';
import { ServiceTarget, serviceDatabase } from '../loaders/service-target.ts';
import { runEntity } from './entity-runner.ts';
import { emptyEntityReport, type RunReport, type ServiceReport } from './report.ts';
import { resolveRunSettings } from './run-settings.ts';
import { openRunSource, type RunSource } from './source-context.ts';
import type { ContextMigration, NullPolicy } from './types.ts';

export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_DB_PREFIX = 'magemig';
/**
 * Magento's own reads (EAV ReadHandler, product collections) let a store row win even when its value is
 * NULL; only the flat indexer falls back. 'explicit' is what a shopper sees on a default install.
 */
export const DEFAULT_NULL_POLICY: NullPolicy = 'explicit';
export const DEFAULT_SAMPLE_LIMIT = 5;

export interface MigrateOptions {
  source: string;
  target: string;
  /** The contexts to migrate, in order (pipeline/registry.ts). */
  contexts: readonly ContextMigration[];
  dbPrefix?: string;
  batchSize?: number;
  /** Default: the stored one when resuming, else DEFAULT_NULL_POLICY; one that conflicts with the stored one is refused. */
  nullPolicy?: NullPolicy;
  dryRun?: boolean;
  restart?: boolean;
  /** Adobe Commerce staging version; default: the stored one when resuming, else the source server's now. */
  stagingVersion?: number;
  /** Transformed records kept per entity for the report. */
  sampleLimit?: number;
  retry?: Partial<RetryPolicy>;
  runId?: string;
  /** Refuse a source that is not a Magento 2 database (default true; fixture services set false). */
  requireMagento?: boolean;
}

/** Runs the migration; never throws for run errors: a failed run returns status 'failed' and its reason. */
export async function runMigration(opts: MigrateOptions, events: PipelineEmitter = new PipelineEmitter()): Promise<RunReport> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const dryRun = opts.dryRun ?? false;
  const dbPrefix = opts.dbPrefix ?? DEFAULT_DB_PREFIX;
  const report: RunReport = {
    runId: opts.runId ?? randomUUID(),
    status: 'completed',
    dryRun,
    startedAt: new Date().toISOString(),
    seconds: 0,
    source: redactUrl(opts.source),
    target: redactUrl(opts.target),
    dbPrefix,
    edition: null,
    stagingVersion: null,
    nullPolicy: opts.nullPolicy ?? DEFAULT_NULL_POLICY,
    batchSize,
    services: opts.contexts.map((s) => ({
      service: s.name,
      database: serviceDatabase(dbPrefix, s.name),
      created: false,
      migrationsApplied: [],
      truncated: null,
      entities: s.entities.map((e) => emptyEntityReport(s.name, e.entity)),
      warnings: [],
    })),
    countsAddUp: false,
  };
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  try {
    validate(batchSize, dbPrefix, opts.contexts);
    const server = parseTarget(opts.target);
    // Every context reads the same staging version: the one asked for, else the source's clock when the run began.
    let stagingVersion = opts.stagingVersion;
    for (let i = 0; i < opts.contexts.length; i++) {
      const context = opts.contexts[i];
      const sr = report.services[i];
      // A source of its own per context: its lookups, its settings, its connections (contexts may run side by side).
      const src = await openRunSource(opts.source, { batchSize, nullPolicy: report.nullPolicy, dryRun, stagingVersion }, opts.requireMagento ?? true);
      stagingVersion ??= src.defaultStagingVersion;
      report.edition ??= src.edition;
      report.stagingVersion ??= src.options.stagingVersion;
      events.emit('run:start', { service: context.name, dryRun });
      const target = dryRun ? null : new ServiceTarget(server, dbPrefix, context.name);
      try {
        if (target) await prepareTarget(target, context, sr, report, src, opts, events);
        for (let j = 0; j < context.entities.length; j++) {
          const run = { entity: context.entities[j], src, target, runId: report.runId, events, sampleLimit: opts.sampleLimit ?? DEFAULT_SAMPLE_LIMIT, retry };
          await runEntity(run, sr.entities[j]);
        }
        if (target && context.reconcile) sr.reconciliation = await context.reconcile(src, target.client);
        await target?.finish(report.runId, 'completed');
      } catch (err) {
        await target?.finish(report.runId, 'failed');
        throw err;
      } finally {
        await src.close();
      }
      events.emit('service:done', { service: context.name, database: sr.database });
    }
  } catch (err) {
    report.status = 'failed';
    report.error = describeError(err);
    report.errorCode = err instanceof MagemigError ? err.code : 'FAILED';
  }
  report.seconds = (performance.now() - started) / 1000;
  const ran = report.services.flatMap((s) => s.entities).filter((e) => e.status !== 'not-run' && e.status !== 'failed');
  report.countsAddUp = report.status === 'completed' && ran.every((e) => e.countsAddUp);
  events.emit('run:done', { seconds: report.seconds });
  return report;
}

async function prepareTarget(
  target: ServiceTarget,
  service: ContextMigration,
  sr: ServiceReport,
  report: RunReport,
  src: RunSource,
  opts: MigrateOptions,
  events: PipelineEmitter,
): Promise<void> {
  const restart = opts.restart ?? false;
  // What this run would use on a fresh database: the flags, else the defaults (the source's now).
  const defaults = { nullPolicy: opts.nullPolicy ?? DEFAULT_NULL_POLICY, stagingVersion: src.defaultStagingVersion };
  const prepared = await target.prepare({
    restart,
    runId: report.runId,
    runOptions: { batchSize: report.batchSize, restart },
    migrationsDir: service.service.migrationsDir,
    resolveSettings: (stored) => resolveRunSettings(target.database, stored, src.edition, { nullPolicy: opts.nullPolicy, stagingVersion: opts.stagingVersion }, defaults),
  });
  sr.created = prepared.created;
  sr.migrationsApplied = prepared.migrations.applied;
  sr.truncated = prepared.truncated;
  const warn = (message: string): void => {
    sr.warnings.push(message);
    events.emit('warning', { message });
  };
  const { settings } = prepared;
  sr.settings = settings;
  src.useSettings({ nullPolicy: settings.nullPolicy, stagingVersion: settings.stagingVersion ?? src.defaultStagingVersion });
  // The header shows the first service's settings; another service resumed under other ones says so.
  if (report.services.find((s) => s.settings) === sr) {
    report.nullPolicy = settings.nullPolicy;
    if (settings.stagingVersion !== null) report.stagingVersion = settings.stagingVersion;
  } else if (settings.nullPolicy !== report.nullPolicy || (settings.stagingVersion !== null && settings.stagingVersion !== report.stagingVersion)) {
    const staging = settings.stagingVersion === null ? '' : `, staging version ${settings.stagingVersion}`;
    warn(`${service.name}: keeps the settings its migration started with: null policy ${settings.nullPolicy}${staging}`);
  }
  for (const name of prepared.migrations.changed) {
    warn(`${service.name}: migration ${name} changed since it was applied (not re-applied; use a new migration file)`);
  }
  for (const col of prepared.sequenceColumns) {
    warn(`${service.name}: ${col} is filled from a sequence; a resumed run may number rows differently than an uninterrupted one`);
  }
}

function validate(batchSize: number, dbPrefix: string, services: readonly ContextMigration[]): void {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new MagemigError('USAGE', `--batch-size must be a positive integer, got ${batchSize}`);
  // Database names are built from it; keep them plain identifiers (Postgres folds nothing in quotes, users do).
  if (!/^[a-z_][a-z0-9_]*$/.test(dbPrefix)) {
    throw new MagemigError('USAGE', `--db-prefix must be lower-case letters, digits and _ (got ${JSON.stringify(dbPrefix)})`);
  }
  if (services.length === 0) throw new MagemigError('USAGE', 'no service to migrate');
  for (const s of services) {
    // The entity name keys the checkpoint in the service's database.
    const names = s.entities.map((e) => e.entity);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new MagemigError('BAD_SERVICE', `service ${s.name} lists the entity ${twice} twice`);
  }
}
