/**
 * What a run reports, per service and entity. Plain JSON data: bin/ui renders it as a table, Markdown
 * and JSON; the orchestrator fills it and never formats it.
 */
import type { Edition, NullPolicy } from './types.ts';

export type EntityStatus =
  | 'loaded' // loaded in this run (maybe resumed from a checkpoint)
  | 'already-done' // done by an earlier run: nothing to do
  | 'dry-run' // read and transformed, nothing written
  | 'failed'
  | 'not-run'; // an earlier entity or service failed

export interface EntityReport {
  service: string;
  entity: string;
  status: EntityStatus;
  /** countSource() at this run's start; null when it was not reached. */
  sourceCount: number | null;
  /** Totals over every run since the last --restart (the checkpoint's), or of the dry run. */
  sourceRows: number;
  /** Loaded (in a dry run: would load). */
  loaded: number;
  /** Source entities rejected (sourceRows - loaded). */
  rejected: number;
  /** Reject records by reason (may include finer-grained rejects of loaded entities, e.g. one bad value). */
  rejectsByReason: Record<string, number>;
  /** Batch stats summed (scope anomalies, loader.nul_bytes_stripped, ...). */
  stats: Record<string, number>;
  /** loaded + rejected === sourceCount */
  countsAddUp: boolean;
  batches: number;
  /** Resumed from a checkpoint of an interrupted run. */
  resumed: boolean;
  /** Source rows processed by this run, its time, and their rate. */
  rowsThisRun: number;
  seconds: number;
  rowsPerSecond: number;
  retries: number;
  samples: unknown[];
  error?: string;
}

/** One reconciliation check: source = target + rejected, for a count or a sum (decimal strings). */
export interface ReconciliationRow {
  check: string;
  /** What the check covers: a table, a website, a source. */
  scope: string;
  source: string;
  target: string;
  /** The part of the source the rejects hold (rows or amounts). */
  rejected: string;
  matches: boolean;
}

export interface ServiceReport {
  service: string;
  /** Target database (<prefix>_<service>). */
  database: string;
  /** The database did not exist and was created by this run. */
  created: boolean;
  migrationsApplied: string[];
  /** --restart: tables emptied. */
  truncated: string[] | null;
  entities: EntityReport[];
  warnings: string[];
  /** The settings its content is read with (stored by the run that started it); absent in a dry run or before prepare. */
  settings?: { edition: Edition; nullPolicy: NullPolicy; stagingVersion: number | null };
  /** Source against target after the load (contexts that declare a reconciliation). */
  reconciliation?: ReconciliationRow[];
}

export interface RunReport {
  runId: string;
  status: 'completed' | 'failed';
  /** One line, when status is failed. */
  error?: string;
  errorCode?: string;
  dryRun: boolean;
  startedAt: string;
  seconds: number;
  /** Redacted: no password. */
  source: string;
  target: string;
  dbPrefix: string;
  edition: Edition | null;
  /** The settings used (a resumed run: those stored by the run that started the target; see ServiceReport.settings). */
  stagingVersion: number | null;
  nullPolicy: NullPolicy;
  batchSize: number;
  services: ServiceReport[];
  /** Every entity's counts add up. */
  countsAddUp: boolean;
}

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
    stats: {},
    countsAddUp: false,
    batches: 0,
    resumed: false,
    rowsThisRun: 0,
    seconds: 0,
    rowsPerSecond: 0,
    retries: 0,
    samples: [],
  };
}
