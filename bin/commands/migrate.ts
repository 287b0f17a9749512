import { Option, type Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';
import { PipelineEmitter } from '../../core/events.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_DB_PREFIX, DEFAULT_NULL_POLICY, runMigration } from '../../pipeline/run-migration.ts';
import { selectContexts } from '../../pipeline/registry.ts';
import type { NullPolicy } from '../../pipeline/types.ts';
import { attachEventLog } from '../ui/event-log.ts';
import { attachProgress } from '../ui/progress.ts';
import { writeReport } from '../ui/report-markdown.ts';
import { renderSummary } from '../ui/summary.ts';

interface MigrateFlags {
  source: string;
  target: string;
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
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new MagemigError('USAGE', `${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description("Migrate the Magento store into the services' Postgres databases (<prefix>_<service>)")
    // Also from the environment, so a password need not appear on a command line (ps, shell history).
    .addOption(new Option('--source <url>', 'Magento database, mysql://USER:PASS@HOST:PORT/DB (opened read-only)').env('MAGEMIG_SOURCE').makeOptionMandatory())
    .addOption(new Option('--target <url>', 'Postgres server, postgres://USER@HOST:PORT').env('MAGEMIG_TARGET').makeOptionMandatory())
    .option('--db-prefix <prefix>', 'each service loads into the database <prefix>_<service>', DEFAULT_DB_PREFIX)
    .option('--only <services>', 'comma-separated services to migrate (default: all)')
    .option('--batch-size <n>', 'source entities per batch (one transaction each)', String(DEFAULT_BATCH_SIZE))
    .option('--dry-run', 'read and transform everything, write nothing anywhere, report what would load')
    .option('--report <file>', 'write the report as Markdown to <file> and as JSON beside it')
    .option('--restart', "empty the services' tables and checkpoints, then migrate from scratch")
    .option(
      '--null-policy <policy>',
      `a NULL store-level value: inherit (fall back to default) | explicit (NULL wins) (default: the resumed run's, else "${DEFAULT_NULL_POLICY}")`,
    )
    .option('--staging-version <n>', "Adobe Commerce: staging version to read (default: the resumed run's, else now)")
    .option('--no-progress', 'no progress bars or lines, only the summary')
    .option('--log-file <file>', 'append every pipeline event (batches, rejects, retries) to <file> as JSON lines')
    .action(async (flags: MigrateFlags) => {
      if (flags.nullPolicy !== undefined && flags.nullPolicy !== 'inherit' && flags.nullPolicy !== 'explicit') {
        throw new MagemigError('USAGE', `--null-policy must be inherit or explicit, got ${JSON.stringify(flags.nullPolicy)}`);
      }
      const only = flags.only?.split(',').map((s) => s.trim()).filter(Boolean);
      const contexts = selectContexts(only);
      const events = new PipelineEmitter();
      const ui = flags.progress ? attachProgress(events) : null;
      const log = flags.logFile ? attachEventLog(events, flags.logFile) : null;
      const report = await runMigration(
        {
          source: flags.source,
          target: flags.target,
          contexts,
          dbPrefix: flags.dbPrefix,
          batchSize: positiveInt(flags.batchSize, '--batch-size'),
          nullPolicy: flags.nullPolicy as NullPolicy | undefined,
          dryRun: flags.dryRun ?? false,
          restart: flags.restart ?? false,
          stagingVersion: flags.stagingVersion === undefined ? undefined : positiveInt(flags.stagingVersion, '--staging-version'),
        },
        events,
      );
      ui?.stop();
      await log?.close();
      process.stdout.write(renderSummary(report));
      if (flags.report) {
        const written = await writeReport(report, flags.report);
        process.stdout.write(`Report: ${written.markdown} (JSON: ${written.json})\n`);
      }
      if (report.status === 'failed') {
        throw new MagemigError(report.errorCode ?? 'FAILED', report.error ?? 'the migration failed');
      }
    });
}
