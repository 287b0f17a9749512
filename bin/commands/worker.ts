import { Option, type Command } from 'commander';
import { PipelineEmitter } from '../../core/events.ts';
import { DEFAULT_DB_PREFIX } from '../../pipeline/run-migration.ts';
import { applyConfigFile, requireOptions } from '../config-file.ts';
import { attachEventLog } from '../ui/event-log.ts';
import { positiveInt } from './migrate.ts';

interface WorkerFlags {
  source?: string;
  target?: string;
  dbPrefix: string;
  concurrency: string;
  exitWhenDone?: string | boolean;
  logFile?: string;
}

/** Joins a `migrate --workers` run (on this machine or another) and loads the partitions its queue holds. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Take partitions of a parallel migrate run from its queue on the target Postgres, and load them')
    .addOption(new Option('--source <url>', 'the Magento database, mysql://USER:PASS@HOST:PORT/DB (opened read-only)').env('MAGEMIG_SOURCE'))
    .addOption(new Option('--target <url>', 'the Postgres server of the run (its queue and service databases)').env('MAGEMIG_TARGET'))
    .option('--db-prefix <prefix>', "the run's database prefix", DEFAULT_DB_PREFIX)
    .option('--concurrency <n>', 'partitions loaded at once by this process', '1')
    .option('--exit-when-done [run]', 'leave once the run (default: the newest running one) is finished')
    .option('--log-file <file>', 'append every event of the partitions it loads to <file> as JSON lines')
    .option('--config <file>', 'read any of these options from a JSON or YAML file (flags and environment win)')
    .action(async (_flags: WorkerFlags, cmd: Command) => {
      applyConfigFile(cmd);
      requireOptions(cmd, ['source', 'target']);
      const f = cmd.opts<WorkerFlags>();
      const events = new PipelineEmitter();
      const log = f.logFile ? attachEventLog(events, f.logFile) : null;
      let stop: () => void = () => undefined;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      const exitWhenDone = f.exitWhenDone === true ? 'latest' : typeof f.exitWhenDone === 'string' ? f.exitWhenDone : undefined;
      // The job engine (pg-boss) is loaded by the commands that coordinate, not by every command at start-up.
      const { runWorker } = await import('../../pipeline/workers/worker.ts');
      const { jobs } = await runWorker({
        source: f.source!, target: f.target!, dbPrefix: f.dbPrefix, events, concurrency: positiveInt(f.concurrency, '--concurrency'), exitWhenDone, stop: stopped,
      });
      await log?.close();
      process.stderr.write(`worker: ${jobs} partition job(s) done\n`);
    });
}
