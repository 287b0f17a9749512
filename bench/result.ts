/** The shape of a benchmark result, as printed and as written to bench/results/*.json. */
import { MB, median, perSecond, throughputRatio } from './stats.ts';

export type Tool = 'raw' | 'pgloader' | 'magemig';
export type MeasureStatus = 'ok' | 'failed' | 'unavailable';

/** One run of one tool on one pipeline's tables. */
export interface Sample {
  seconds: number | null;
  /** Rows the tool says it wrote (raw: COPY counts; pgloader: its summary; magemig: loaded + rejected). */
  rows: number | null;
  peakRssBytes?: number | null;
  error?: string;
  /** A remark worth printing (pgloader's row errors, magemig's entity counts). */
  note?: string;
}

export interface Measure {
  status: MeasureStatus;
  /** Why it is failed or unavailable, or a remark (pgloader's row errors, magemig's rejects). */
  message?: string;
  samples: Sample[];
  /** Median over the runs that succeeded. */
  seconds: number | null;
  rowsPerSecond: number | null;
  mbPerSecond: number | null;
  /** Median peak RSS of the magemig process (magemig only). */
  peakRssMb?: number | null;
  /** Rows the tool reported writing (median), to compare with the source rows. */
  rowsWritten?: number | null;
}

export interface BenchRow {
  /** A service name, or 'all' for the whole migrate. */
  pipeline: string;
  tables: string[];
  /** Listed in the config but absent from this source (not copied by anyone). */
  missingTables: string[];
  /** Sum of COUNT(*) over the tables: the common input of the three tools. */
  sourceRows: number;
  /** Sum of InnoDB data_length over the tables (an estimate by pages, the same for every tool). */
  sourceBytes: number;
  raw: Measure;
  pgloader: Measure;
  magemig: Measure;
  /** Throughput of magemig over the raw pipe's (raw seconds / magemig seconds). */
  vsRaw: number | null;
  /** Throughput of magemig over pgloader's. */
  vsPgloader: number | null;
}

export interface Machine {
  nproc: number;
  cpu: string;
  ramGb: number;
  os: string;
  node: string;
  mariadb: string;
  postgres: string;
  pgloader: string | null;
}

export interface TableStat {
  table: string;
  rows: number;
  bytes: number;
  rawSeconds: number | null;
}

export interface BenchResult {
  format: 1;
  profile: string;
  edition: string;
  seed: number | null;
  sourceDatabase: string;
  startedAt: string;
  finishedAt: string;
  runs: number;
  machine: Machine;
  notes: string[];
  rows: BenchRow[];
  tables: TableStat[];
}

/** Folds the samples of several runs into a measure: median seconds, throughput on the source's rows/bytes. */
export function summarise(samples: Sample[], sourceRows: number, sourceBytes: number, unavailable?: string): Measure {
  if (unavailable !== undefined) {
    return { status: 'unavailable', message: unavailable, samples, seconds: null, rowsPerSecond: null, mbPerSecond: null };
  }
  const ok = samples.filter((s) => s.seconds !== null && !s.error);
  const failed = samples.find((s) => s.error);
  const seconds = median(ok.map((s) => s.seconds));
  const measure: Measure = {
    status: ok.length > 0 ? 'ok' : 'failed',
    samples,
    seconds,
    rowsPerSecond: perSecond(sourceRows, seconds),
    mbPerSecond: perSecond(sourceBytes / MB, seconds),
    rowsWritten: median(ok.map((s) => s.rows)),
  };
  if (failed) measure.message = ok.length > 0 ? `${samples.length - ok.length} of ${samples.length} runs failed: ${failed.error}` : failed.error;
  else measure.message = ok.find((s) => s.note)?.note;
  if (measure.message === undefined) delete measure.message;
  const rss = median(ok.map((s) => s.peakRssBytes));
  if (samples.some((s) => s.peakRssBytes !== undefined)) measure.peakRssMb = rss === null ? null : rss / MB;
  return measure;
}

export function withRatios(row: Omit<BenchRow, 'vsRaw' | 'vsPgloader'>): BenchRow {
  return {
    ...row,
    vsRaw: throughputRatio(row.magemig.seconds, row.raw.seconds),
    vsPgloader: throughputRatio(row.magemig.seconds, row.pgloader.seconds),
  };
}
