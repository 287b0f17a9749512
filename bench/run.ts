/**
 * npm run bench -- --profile small|medium|large [--only catalog,...] [--runs N]
 *
 * Generates (or reuses) the profile's source database, then measures in one run, on the same source
 * tables, the raw pipe, pgloader and magemig; prints the table and writes it to bench/results/.
 * See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { describeError } from '../core/errors.ts';
import { parseConnectionUrl } from '../core/connection-url.ts';
import { openSource } from '../core/mysql.ts';
import { DEFAULT_SEED, magemigPrefix, PG_PGLOADER_DB, PG_RAW_DB, PROFILES, SERVICES, ALL, unionTables } from './config.ts';
import { describeMachine } from './machine.ts';
import { dropPrefix } from './magemig.ts';
import { measure } from './measure.ts';
import { ensurePgloader } from './pgloader.ts';
import { dropPgDatabase } from './pg-admin.ts';
import { renderMachine, renderRemarks, renderReport, renderResultTable, renderScaling, renderTargets } from './render.ts';
import { withRatios, type BenchResult, type Tool } from './result.ts';
import { latestResults, scalingSet, writeResult } from './results-store.ts';
import { ensureSourceDatabase } from './source-db.ts';
import { describeSourceTables } from './source.ts';
import { median } from './stats.ts';

// The services under load is its own benchmark (bench/serve/run.ts reads the same command line).
if (process.argv.includes('--serve')) {
  await import('./serve/run.ts');
  process.exit(0);
}

const USAGE = `usage: npm run bench -- --serve [--stores luma,medium] [--seconds N] [--connections N] [--only catalog,...] [--reuse]
       npm run bench -- --profile tiny|small|medium|large|xlarge [options]
       npm run bench -- --source mysql://USER:PASS@HOST:PORT/DB [options]   (an existing store, read only)
       npm run bench -- --show [--markdown]                               (print the latest results)
options:
  --only catalog,...      services to measure (default: all of ${SERVICES.join(', ')})
  --runs N                runs per measure; the table shows medians (default 3)
  --edition E             opensource|commerce, for a generated profile (default opensource)
  --seed N                generator seed (default ${DEFAULT_SEED})
  --tools raw,pgloader,magemig   what to measure (default all three)
  --target URL            Postgres server (default postgres://postgres@127.0.0.1:5432)
  --mysql URL             MariaDB/MySQL server for generated profiles (default mysql://root@127.0.0.1:3306)
  --label NAME            results name for --source (default: the database name)
  --migrate-args="..."    extra options passed to magemig migrate (e.g. --migrate-args="--batch-size 1000")
  --workers 1,2,4         measure magemig once per worker count (migrate --workers N), one row each
  --regenerate            generate the profile's source again even when the stored one matches
  --keep                  keep the benchmark's target databases afterwards
  --markdown              with --show: Markdown tables (for the README)`;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        profile: { type: 'string' },
        source: { type: 'string' },
        only: { type: 'string' },
        runs: { type: 'string', default: '3' },
        edition: { type: 'string', default: 'opensource' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        tools: { type: 'string', default: 'raw,pgloader,magemig' },
        target: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
        mysql: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
        label: { type: 'string' },
        'migrate-args': { type: 'string', default: '' },
        workers: { type: 'string' },
        keep: { type: 'boolean', default: false },
        regenerate: { type: 'boolean', default: false },
        show: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (err) {
    fail(`${describeError(err)}\n${USAGE}`);
  }
})();

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function show(): Promise<void> {
  const results = await latestResults();
  if (results.length === 0) fail('no results yet under bench/results/ (run a profile first)');
  for (const r of results) {
    log(args.markdown ? `### ${r.profile} (${r.edition}), median of ${r.runs} run(s), ${r.finishedAt.slice(0, 10)}\n` : `== ${r.profile} (${r.edition}), ${r.finishedAt}`);
    log(args.markdown ? renderMachine(r.machine).split('\n').join('  \n') + '\n' : renderMachine(r.machine));
    log(renderResultTable(r, { markdown: args.markdown }));
    const remarks = renderRemarks(r);
    if (remarks.length) log(['', ...remarks.map((x) => `- ${x}`)].join('\n'));
    const targets = renderTargets(r);
    if (targets.length) log(['', 'Targets (issue 4):', ...targets.map((x) => `- ${x}`)].join('\n'));
    log('');
  }
  const scaling = renderScaling(scalingSet(results, args.edition), { markdown: args.markdown });
  if (scaling) log(scaling);
}

async function main(): Promise<void> {
  if (args.help) return log(USAGE);
  if (args.show) return show();
  if (!args.profile && !args.source) fail(`give --profile or --source\n${USAGE}`);
  if (args.profile && args.source) fail('give --profile or --source, not both');
  if (args.profile && !(PROFILES as readonly string[]).includes(args.profile)) fail(`unknown profile '${args.profile}' (${PROFILES.join(', ')})`);
  if (args.edition !== 'opensource' && args.edition !== 'commerce') fail(`unknown edition '${args.edition}' (opensource, commerce)`);
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a whole number >= 1');
  const seed = Number(args.seed);
  if (!Number.isInteger(seed)) fail('--seed takes a whole number');
  const only = args.only ? args.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const unknown = (only ?? []).filter((s) => !SERVICES.includes(s));
  if (unknown.length) fail(`unknown service(s) ${unknown.join(', ')} (${SERVICES.join(', ')})`);
  const tools = new Set(args.tools.split(',').map((t) => t.trim()) as Tool[]);
  for (const t of tools) if (!['raw', 'pgloader', 'magemig'].includes(t)) fail(`unknown tool '${t}' (raw, pgloader, magemig)`);
  const workerCounts = args.workers === undefined ? null : args.workers.split(',').map((w) => Number(w.trim()));
  if (workerCounts && (workerCounts.length === 0 || workerCounts.some((w) => !Number.isInteger(w) || w < 1))) fail('--workers takes whole numbers >= 1, e.g. 1,2,4');
  const target = parseConnectionUrl(args.target, 'postgres');
  const startedAt = new Date();

  // 1. The source: a generated profile (reused when its seed info matches) or the store given.
  const sourceUrl = args.source ?? (await ensureSourceDatabase({ server: args.mysql, profile: args.profile as string, edition: args.edition, seed, regenerate: args.regenerate, log }));
  const { conn, url: source } = await openSource(sourceUrl, { readOnly: true });
  try {
    const pgloader = tools.has('pgloader') ? await ensurePgloader(log) : { version: null };
    if ('problem' in pgloader && pgloader.problem) log(`pgloader: ${pgloader.problem}`);
    const machine = await describeMachine(conn, target, pgloader.version);
    const services = only ?? SERVICES;
    const wanted = unionTables(services);
    const { found, missing } = await describeSourceTables(conn, source.database, wanted);
    log(`source ${source.database}: ${found.length} tables, ${found.reduce((n, t) => n + t.rows, 0).toLocaleString('en-US')} rows` + (missing.length ? ` (${missing.length} listed tables absent)` : ''));

    // 2. The measures (with --workers: magemig once per count, the baselines only with the first).
    const measureWith = (extra: string[], measuredTools: Set<Tool>) =>
      measure({
        services,
        whole: only === null || only.length > 1,
        only,
        runs,
        tools: measuredTools,
        sourceUrl,
        source,
        target,
        tables: new Map(found.map((t) => [t.name, t])),
        missing: new Set(missing),
        pgloaderProblem: 'problem' in pgloader ? pgloader.problem : undefined,
        migrateArgs: [...args['migrate-args'].split(/\s+/).filter(Boolean), ...extra],
        log,
      });
    const measured = workerCounts === null ? await measureWith([], tools) : await measureWorkerCounts(workerCounts, tools, measureWith);

    // 3. The report.
    const result: BenchResult = {
      format: 1,
      // A --workers run has its own results name: its rows are not the profile's (and not in its scaling summary).
      profile: (args.profile ?? args.label ?? source.database) + (workerCounts ? '-workers' : ''),
      edition: args.profile ? args.edition : found.some((t) => t.name === 'catalog_product_entity' && t.columns.some((c) => c.name === 'row_id')) ? 'commerce' : 'opensource',
      seed: args.profile ? seed : null,
      sourceDatabase: source.database,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      runs,
      machine,
      notes: [
        "raw pipe: mariadb -N -B --quick | psql COPY, one table at a time, into typed tables with the source's primary key; string columns pass through REPLACE(col, CHAR(0), ''), dates through NULLIF(col, 0), blobs as hex; a text value 'NULL' is read as NULL (COPY ... NULL 'NULL')",
        'pgloader: its defaults (creates tables, indexes, foreign keys) with --dynamic-space-size 4096, one run per row over that row\'s tables',
        'magemig: migrate --restart [--only <service>] into a fresh --db-prefix; rows/s and MB/s are over the source rows and InnoDB data_length of the tables the pipeline reads, the same for the three tools; vs = throughput ratio (baseline seconds / magemig seconds)',
      ],
      rows: measured.rows,
      tables: measured.tables,
    };
    const fixed = median(measured.tables.filter((t) => t.rows < 100).map((t) => t.rawSeconds));
    if (fixed !== null) {
      result.notes.push(`raw pipe fixed cost: about ${Math.round(fixed * 1000)} ms per table (median time of the tables under 100 rows: two processes and two connections), ${measured.tables.length} tables`);
    }
    const files = await writeResult(result);
    log('');
    log(renderReport(result));
    log('');
    log(`written: ${files.join(', ')}`);
    const scaling = renderScaling(scalingSet(await latestResults(), result.edition));
    if (scaling) log(`\n${scaling}`);
  } finally {
    await conn.end();
    if (!args.keep) {
      await dropPgDatabase(target, PG_RAW_DB);
      await dropPgDatabase(target, PG_PGLOADER_DB);
      for (const p of [...(only ?? SERVICES), ALL]) await dropPrefix(target, magemigPrefix(p));
    }
  }
}

/**
 * One row per pipeline and worker count ("catalog --workers 2"), each compared with the same baselines (measured
 * once, with the first count: the raw pipe and pgloader do not depend on magemig's workers).
 */
async function measureWorkerCounts(
  counts: number[],
  tools: Set<Tool>,
  measureWith: (extra: string[], tools: Set<Tool>) => ReturnType<typeof measure>,
): ReturnType<typeof measure> {
  const first = await measureWith(['--workers', String(counts[0])], tools);
  const rows = first.rows.map((r) => withRatios({ ...r, pipeline: `${r.pipeline} --workers ${counts[0]}` }));
  for (const n of counts.slice(1)) {
    const next = await measureWith(['--workers', String(n)], new Set<Tool>(tools.has('magemig') ? ['magemig'] : []));
    for (const r of next.rows) {
      const base = first.rows.find((b) => b.pipeline === r.pipeline);
      rows.push(withRatios({ ...r, pipeline: `${r.pipeline} --workers ${n}`, raw: base?.raw ?? r.raw, pgloader: base?.pgloader ?? r.pgloader }));
    }
  }
  return { rows, tables: first.tables };
}

main().catch((err) => {
  process.stderr.write(`bench: ${describeError(err)}\n`);
  if (process.env.MAGEMIG_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
