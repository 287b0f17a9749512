/**
 * One benchmark: every run measures the raw pipe, pgloader and magemig on the same source tables, in that
 * order (interleaved runs, so a slow minute on the shared machine hits all three alike), then the medians.
 */
import type { ConnectionUrl } from '../core/connection-url.ts';
import { withDatabase } from '../core/connection-url.ts';
import { ALL, magemigPrefix, PG_PGLOADER_DB, PG_RAW_DB, SERVICE_TABLES, unionTables } from './config.ts';
import { dropPrefix, pipelineUnavailable, runMagemig } from './magemig.ts';
import { runPgloader } from './pgloader.ts';
import { runRawPipe, type RawTableResult } from './raw-pipe.ts';
import { recreatePgDatabase } from './pg-admin.ts';
import { summarise, withRatios, type BenchRow, type Sample, type TableStat, type Tool } from './result.ts';
import type { SourceTable } from './source.ts';
import { median } from './stats.ts';
import { formatInt, formatSeconds } from './render.ts';

export interface BenchPlan {
  /** Services measured one by one (--only, else every configured service). */
  services: string[];
  /** Also measure the whole migrate (all the services at once). */
  whole: boolean;
  /** --only as given: the whole migrate passes it on; null runs migrate without --only. */
  only: string[] | null;
  runs: number;
  tools: Set<Tool>;
  sourceUrl: string;
  source: ConnectionUrl;
  target: ConnectionUrl;
  /** The source tables (found) by name. */
  tables: Map<string, SourceTable>;
  missing: Set<string>;
  /** Why pgloader cannot run here (it is then reported, not silently skipped). */
  pgloaderProblem?: string;
  /** Extra options for migrate. */
  migrateArgs: string[];
  log: (line: string) => void;
}

interface Pipeline {
  name: string;
  /** null: the whole migrate. */
  service: string | null;
  /** migrate's --only for this row (null: no --only). */
  onlyArg: string | null;
  tables: SourceTable[];
  missing: string[];
  unavailable: string | null;
}

async function pipelinesOf(plan: BenchPlan): Promise<Pipeline[]> {
  const make = (name: string, service: string | null, onlyArg: string | null, tableNames: string[], unavailable: string | null): Pipeline => ({
    name,
    service,
    onlyArg,
    tables: tableNames.filter((t) => plan.tables.has(t)).map((t) => plan.tables.get(t) as SourceTable),
    missing: tableNames.filter((t) => plan.missing.has(t)),
    unavailable,
  });
  const list: Pipeline[] = [];
  for (const s of plan.services) list.push(make(s, s, s, SERVICE_TABLES[s] ?? [], pipelineUnavailable(s)));
  if (plan.whole) {
    // The whole migrate reads what its existing pipelines read; compare it with the same tables.
    const present = list.filter((p) => p.unavailable === null).map((p) => p.name);
    const unavailable = present.length === 0 ? (pipelineUnavailable(null) ?? 'no magemig pipeline exists yet for the selected services') : null;
    // With --only, the whole migrate gets the services of the list that exist (an unknown one is a usage error).
    const onlyArg = plan.only ? present.join(',') : null;
    list.push(make(ALL, null, onlyArg, unionTables(present.length > 0 ? present : plan.services), unavailable));
  }
  return list;
}

function sumRaw(results: Map<string, RawTableResult>, tables: SourceTable[]): Sample {
  let seconds = 0;
  let rows = 0;
  for (const t of tables) {
    const r = results.get(t.name);
    if (!r || r.seconds === null) return { seconds: null, rows: null, error: r?.error ?? `${t.name}: not run` };
    seconds += r.seconds;
    rows += r.rows ?? 0;
  }
  const expected = tables.reduce((n, t) => n + t.rows, 0);
  return rows === expected ? { seconds, rows } : { seconds, rows, note: `COPY wrote ${rows} rows, the source has ${expected}` };
}

export async function measure(plan: BenchPlan): Promise<{ rows: BenchRow[]; tables: TableStat[] }> {
  const pipelines = await pipelinesOf(plan);
  for (const p of pipelines) if (p.unavailable) plan.log(`magemig ${p.name}: not measured: ${p.unavailable}`);
  const allTables = [...new Map(pipelines.flatMap((p) => p.tables).map((t) => [t.name, t])).values()];
  const rawTarget = withDatabase(plan.target, PG_RAW_DB);
  const pgloaderTarget = withDatabase(plan.target, PG_PGLOADER_DB);
  const samples = new Map<string, Record<Tool, Sample[]>>(pipelines.map((p) => [p.name, { raw: [], pgloader: [], magemig: [] }]));
  const perTable = new Map<string, number[]>();

  for (let run = 1; run <= plan.runs; run++) {
    const tag = `[run ${run}/${plan.runs}]`;
    if (plan.tools.has('raw')) {
      await recreatePgDatabase(plan.target, PG_RAW_DB);
      const results = new Map((await runRawPipe(allTables, plan.source, rawTarget)).map((r) => [r.table, r]));
      for (const r of results.values()) if (r.seconds !== null) perTable.set(r.table, [...(perTable.get(r.table) ?? []), r.seconds]);
      for (const p of pipelines) {
        const s = sumRaw(results, p.tables);
        samples.get(p.name)?.raw.push(s);
        plan.log(`${tag} raw pipe ${p.name}: ${s.error ? `FAILED ${s.error}` : `${formatInt(s.rows)} rows in ${formatSeconds(s.seconds)} s`}`);
      }
    }
    if (plan.tools.has('pgloader') && !plan.pgloaderProblem) {
      for (const p of pipelines) {
        if (p.tables.length === 0) {
          samples.get(p.name)?.pgloader.push({ seconds: null, rows: null, error: 'none of its source tables exists here' });
          continue;
        }
        await recreatePgDatabase(plan.target, PG_PGLOADER_DB);
        const r = await runPgloader(plan.source, pgloaderTarget, p.tables.map((t) => t.name));
        const expected = p.tables.reduce((n, t) => n + t.rows, 0);
        const remarks = [
          ...(r.errors > 0 ? [`pgloader reported ${r.errors} error(s)`] : []),
          ...(r.rows !== null && r.rows !== expected ? [`it loaded ${formatInt(r.rows)} of ${formatInt(expected)} rows`] : []),
        ];
        const note = remarks.length > 0 ? remarks.join('; ') : undefined;
        samples.get(p.name)?.pgloader.push({ seconds: r.seconds, rows: r.rows, error: r.error, note });
        plan.log(`${tag} pgloader ${p.name}: ${r.error ? `FAILED ${r.error}` : `${formatInt(r.rows)} rows in ${formatSeconds(r.seconds)} s${note ? ` (${note})` : ''}`}`);
      }
    }
    if (plan.tools.has('magemig')) {
      for (const p of pipelines) {
        if (p.unavailable) continue;
        const prefix = magemigPrefix(p.name);
        await dropPrefix(plan.target, prefix);
        const r = await runMagemig({ sourceUrl: plan.sourceUrl, targetUrl: `${plan.target.protocol}://${serverPart(plan.target)}`, prefix, only: p.onlyArg, extra: plan.migrateArgs });
        const note = r.rows !== null ? `${formatInt(r.rows)} entities loaded or rejected${r.rejected ? ` (${formatInt(r.rejected)} rejected)` : ''}` : undefined;
        samples.get(p.name)?.magemig.push({ seconds: r.seconds, rows: r.rows, peakRssBytes: r.peakRssBytes, error: r.error, note });
        const rss = r.peakRssBytes === null ? '' : `, peak RSS ${Math.round(r.peakRssBytes / 2 ** 20)} MB`;
        plan.log(`${tag} magemig ${p.name}: ${r.error ? `FAILED ${r.error}` : `${formatSeconds(r.seconds)} s${rss}${r.rows !== null ? `, ${formatInt(r.rows)} entities` : ''}`}`);
      }
    }
  }

  const rows = pipelines.map((p) => {
    const s = samples.get(p.name) as Record<Tool, Sample[]>;
    const sourceRows = p.tables.reduce((n, t) => n + t.rows, 0);
    const sourceBytes = p.tables.reduce((n, t) => n + t.bytes, 0);
    const pgloaderNa = !plan.tools.has('pgloader') ? 'not selected (--tools)' : plan.pgloaderProblem;
    const magemig = summarise(s.magemig, sourceRows, sourceBytes, p.unavailable ?? (plan.tools.has('magemig') ? undefined : 'not selected (--tools)'));
    const pgl = summarise(s.pgloader, sourceRows, sourceBytes, pgloaderNa);
    return withRatios({
      pipeline: p.name,
      tables: p.tables.map((t) => t.name),
      missingTables: p.missing,
      sourceRows,
      sourceBytes,
      raw: summarise(s.raw, sourceRows, sourceBytes, plan.tools.has('raw') ? undefined : 'not selected (--tools)'),
      pgloader: pgl,
      magemig,
    });
  });
  const tables = allTables.map((t) => ({ table: t.name, rows: t.rows, bytes: t.bytes, rawSeconds: median(perTable.get(t.name) ?? []) }));
  return { rows, tables };
}

/** user[:password]@host:port, for migrate's --target (the password never reaches a log line). */
function serverPart(c: ConnectionUrl): string {
  const auth = encodeURIComponent(c.user) + (c.password ? `:${encodeURIComponent(c.password)}` : '');
  return `${auth}@${c.host}:${c.port}`;
}
