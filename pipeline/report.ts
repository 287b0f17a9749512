/**
 * What a run reports, per service and entity: plain JSON data, described once by zod schemas (the types are
 * inferred from them, and the published JSON Schema in schemas/ is generated from them: a test keeps it in
 * step). bin/ui renders it as a table, Markdown, JSON and HTML; the orchestrator fills it and never formats it.
 * `formatVersion` changes when a field changes meaning or disappears; additions keep it.
 */
import { z } from 'zod';

export const REPORT_FORMAT_VERSION = 1;

const count = z.number().int().nonnegative();

export const entityStatusSchema = z.enum([
  'loaded', // loaded in this run (maybe resumed from a checkpoint)
  'already-done', // done by an earlier run: nothing to do
  'dry-run', // read and transformed, nothing written
  'failed',
  'not-run', // an earlier entity or service failed
]);

/** One reconciled figure: the source's, what its rejects account for, and the target's. */
export const reconciliationRowSchema = z.object({
  /** What is counted: 'orders', 'invoices', 'coupons', ... */
  doc: z.string(),
  /** The store view (code and id) or '-' where the measure has none. */
  store: z.string(),
  /** The currency, or '-' for counts that have none. */
  currency: z.string(),
  /** 'count' or the summed column ('grand_total', 'base_grand_total', ...). */
  measure: z.string(),
  /** Exact decimal texts (counts as integers). */
  source: z.string(),
  rejected: z.string(),
  /** null in a dry run (the target is not read). */
  target: z.string().nullable(),
  /** source - rejected = target; null in a dry run. */
  balanced: z.boolean().nullable(),
});

/** A context's reconciliation: its own measures on both sides, per store and currency. */
export const reconciliationSchema = z.object({
  rows: z.array(reconciliationRowSchema),
  /** Every row balanced (null in a dry run). */
  balanced: z.boolean().nullable(),
  notes: z.array(z.string()),
});

export const entityReportSchema = z.object({
  service: z.string(),
  entity: z.string(),
  status: entityStatusSchema,
  /** countSource() at this run's start; null when it was not reached. */
  sourceCount: count.nullable(),
  /** Totals over every run since the last --restart (the checkpoint's), or of the dry run. */
  sourceRows: count,
  /** Loaded (in a dry run: would load). */
  loaded: count,
  /** Source entities rejected (sourceRows - loaded). */
  rejected: count,
  /** Reject records by reason (may include finer-grained rejects of loaded entities, e.g. one bad value). */
  rejectsByReason: z.record(z.string(), count),
  /** A few rejects per reason with their Magento keys (examples for the reader; all are in magemig.rejects). */
  rejectExamples: z.record(z.string(), z.array(z.object({ sourceKey: z.string(), detail: z.string().nullable() }))),
  /** Batch stats summed (scope anomalies, loader.nul_bytes_stripped, ...). */
  stats: z.record(z.string(), z.number()),
  /** loaded + rejected === sourceCount */
  countsAddUp: z.boolean(),
  batches: count,
  /** Resumed from a checkpoint of an interrupted run. */
  resumed: z.boolean(),
  /** Source rows processed by this run, its time, and their rate. */
  rowsThisRun: count,
  seconds: z.number().nonnegative(),
  rowsPerSecond: count,
  retries: count,
  /** Throughput over the run: [seconds since the entity started, source rows processed by this run], sampled. */
  timeline: z.array(z.tuple([z.number().nonnegative(), count])),
  samples: z.array(z.unknown()),
  /** The key ranges the entity was split into (parallel workers), and the worker that loaded each. */
  partitions: z.array(z.object({ partition: z.string(), sourceRows: count, loaded: count, rejected: count, done: z.boolean(), worker: z.string().nullable() })).optional(),
  error: z.string().optional(),
});

export const serviceReportSchema = z.object({
  service: z.string(),
  /** Target database (<prefix>_<service>). */
  database: z.string(),
  /** The database did not exist and was created by this run. */
  created: z.boolean(),
  migrationsApplied: z.array(z.string()),
  /** --restart: tables emptied. */
  truncated: z.array(z.string()).nullable(),
  entities: z.array(entityReportSchema),
  warnings: z.array(z.string()),
  /** The settings its content is read with (stored by the run that started it); absent in a dry run or before prepare. */
  settings: z.object({ edition: z.enum(['opensource', 'commerce']), nullPolicy: z.enum(['inherit', 'explicit']), stagingVersion: z.number().int().nullable() }).optional(),
  /** Source against target, per store and currency (contexts that reconcile: ContextMigration.reconcile). */
  reconciliation: reconciliationSchema.optional(),
});

export const runReportSchema = z.object({
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  kind: z.literal('migrate'),
  runId: z.string(),
  status: z.enum(['completed', 'failed']),
  /** One line, when status is failed. */
  error: z.string().optional(),
  errorCode: z.string().optional(),
  dryRun: z.boolean(),
  startedAt: z.string(),
  seconds: z.number().nonnegative(),
  /** Redacted: no password. */
  source: z.string(),
  target: z.string(),
  dbPrefix: z.string(),
  edition: z.enum(['opensource', 'commerce']).nullable(),
  /** The settings used (a resumed run: those stored by the run that started the target; see ServiceReport.settings). */
  stagingVersion: z.number().int().nullable(),
  nullPolicy: z.enum(['inherit', 'explicit']),
  batchSize: z.number().int().positive(),
  services: z.array(serviceReportSchema),
  /** Every entity's counts add up. */
  countsAddUp: z.boolean(),
});

export type EntityStatus = z.infer<typeof entityStatusSchema>;
export type EntityReport = z.infer<typeof entityReportSchema>;
export type ServiceReport = z.infer<typeof serviceReportSchema>;
export type RunReport = z.infer<typeof runReportSchema>;
export type Reconciliation = z.infer<typeof reconciliationSchema>;
export type ReconciliationRow = z.infer<typeof reconciliationRowSchema>;

export function emptyEntityReport(service: string, entity: string): EntityReport {
  return {
    service,
    entity,
    status: 'not-run',
    sourceCount: null,
    sourceRows: 0,
    loaded: 0,
    rejected: 0,
    rejectsByReason: {},
    rejectExamples: {},
    stats: {},
    countsAddUp: false,
    batches: 0,
    resumed: false,
    rowsThisRun: 0,
    seconds: 0,
    rowsPerSecond: 0,
    retries: 0,
    timeline: [],
    samples: [],
  };
}
