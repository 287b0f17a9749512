import { randomUUID } from 'node:crypto';
import { Option, type Command } from 'commander';
import { parseTarget } from '../../core/postgres.ts';
import { MagemigError } from '../../core/errors.ts';
import { PipelineEmitter } from '../../core/events.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_DB_PREFIX, DEFAULT_NULL_POLICY, runMigration } from '../../pipeline/run-migration.ts';
import { migrationContexts, selectContexts } from '../../pipeline/registry.ts';
import type { NullPolicy } from '../../pipeline/types.ts';
import { applyConfigFile, requireOptions } from '../config-file.ts';
import { writeReportFiles } from '../report/files.ts';
import { renderMigrateHtml } from '../report/migrate-html.ts';
import { renderMarkdown } from '../report/migrate-markdown.ts';
import { attachEventLog } from '../ui/event-log.ts';
import { attachProgress } from '../ui/progress.ts';
import { renderSummary } from '../ui/summary.ts';

interface MigrateFlags {
  source?: string;
  cartsSince?: string;
  target?: string;
  dbPrefix: string;
  only?: string;
  batchSize: string;
  dryRun?: boolean;
  report?: string;
  restart?: boolean;
  nullPolicy?: string;
  stagingVersion?: string;
  progress: boolean;
  logFile?: string;
  json?: boolean;
  workers?: string;
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(String(value).trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new MagemigError('USAGE', `${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

function nonNegativeInt(value: string, flag: string): number {
  return value.trim() === '0' ? 0 : positiveInt(value, flag);
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description("Migrate the Magento store into the services' Postgres databases (<prefix>_<service>)")
    // Also from the environment, so a password need not appear on a command line (ps, shell history).
    .addOption(new Option('--source <url>', 'Magento database, mysql://USER:PASS@HOST:PORT/DB (opened read-only)').env('MAGEMIG_SOURCE'))
    .addOption(new Option('--target <url>', 'Postgres server, postgres://USER@HOST:PORT').env('MAGEMIG_TARGET'))
    .option('--db-prefix <prefix>', 'each service loads into the database <prefix>_<service>', DEFAULT_DB_PREFIX)
    .option('--only <services>', 'comma-separated services to migrate (default: all)')
    .option('--batch-size <n>', 'source entities per batch (one transaction each)', String(DEFAULT_BATCH_SIZE))
    .option('--dry-run', 'read and transform everything, write nothing anywhere, report what would load')
    .option('--report <file>', 'write the report as Markdown to <file>, and beside it as JSON and as an HTML page')
    .option('--restart', "empty the services' tables and checkpoints, then migrate from scratch")
    .option(
      '--null-policy <policy>',
      `a NULL store-level value: inherit (fall back to default) | explicit (NULL wins) (default: the resumed run's, else "${DEFAULT_NULL_POLICY}")`,
    )
    .option('--staging-version <n>', "Adobe Commerce: staging version to read (default: the resumed run's, else now)")
    .option('--no-progress', 'no progress bars or lines, only the summary')
    .option('--log-file <file>', 'append every pipeline event (batches, rejects, retries) to <file> as JSON lines')
    .option('--workers <n>', 'split big entities into key ranges loaded by n worker processes (0: only workers started elsewhere with magemig worker)')
    .option('--json', 'print the report as one JSON document on stdout, and nothing else there')
    .option('--carts-since <date>', 'also migrate the active carts updated on or after this day (YYYY-MM-DD) into the checkout service')
    .option('--config <file>', 'read any of these options from a JSON or YAML file (flags and environment win)')
    .action(async (flags: MigrateFlags, cmd: Command) => {
      applyConfigFile(cmd);
      requireOptions(cmd, ['source', 'target']);
      const f = cmd.opts<MigrateFlags>();
      if (f.nullPolicy !== undefined && f.nullPolicy !== 'inherit' && f.nullPolicy !== 'explicit') {
        throw new MagemigError('USAGE', `--null-policy must be inherit or explicit, got ${JSON.stringify(f.nullPolicy)}`);
      }
      const only = f.only?.split(',').map((s) => s.trim()).filter(Boolean);
      if (only?.includes('checkout') && f.cartsSince === undefined) throw new MagemigError('USAGE', 'the checkout service takes the carts of --carts-since DATE: give it');
      const contexts = selectContexts(only, migrationContexts(f.cartsSince));
      const events = new PipelineEmitter();
      const ui = f.progress ? attachProgress(events) : null;
      const log = f.logFile ? attachEventLog(events, f.logFile) : null;
      const batchSize = positiveInt(f.batchSize, '--batch-size');
      const runId = randomUUID();
      const workers = f.workers === undefined ? null : nonNegativeInt(f.workers, '--workers');
      // The job engine (pg-boss) is loaded only for --workers: a single-process run does without its memory.
      const parallel = workers === null || f.dryRun ? null
        : { ...(await import('../../pipeline/workers/coordinator.ts')), ...(await import('./local-workers.ts')) };
      const coordinator = parallel
        ? await parallel.openCoordinator({ server: parseTarget(f.target!), dbPrefix: f.dbPrefix, runId, partitionsPerEntity: Math.max(4, 3 * workers!), minRowsToSplit: 2 * batchSize })
        : null;
      const local = parallel && coordinator && workers ? parallel.startLocalWorkers(workers, { source: f.source!, target: f.target!, dbPrefix: f.dbPrefix, runId }) : null;
      const report = await runMigration(
        {
          runId,
          partitions: coordinator?.executor,
          source: f.source!,
          target: f.target!,
          contexts,
          dbPrefix: f.dbPrefix,
          batchSize,
          nullPolicy: f.nullPolicy as NullPolicy | undefined,
          dryRun: f.dryRun ?? false,
          restart: f.restart ?? false,
          stagingVersion: f.stagingVersion === undefined ? undefined : positiveInt(f.stagingVersion, '--staging-version'),
        },
        events,
      );
      // Workers started with --exit-when-done leave once the run is marked finished.
      await coordinator?.finish(report.status);
      await local?.wait();
      ui?.stop();
      await log?.close();
      // --json: stdout holds the document alone; the human summary goes to stderr.
      const human = f.json ? process.stderr : process.stdout;
      if (f.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      human.write(renderSummary(report));
      if (f.report) {
        const written = await writeReportFiles(f.report, report, renderMarkdown(report), renderMigrateHtml(report));
        human.write(`Report: ${written.markdown} (JSON: ${written.json}, HTML: ${written.html})\n`);
      }
      // The reason is said once, by the CLI's one-line error (the summary says only that the run failed).
      if (report.status === 'failed') throw new MagemigError(report.errorCode ?? 'FAILED', report.error ?? 'the migration failed');
      void flags;
    });
}
