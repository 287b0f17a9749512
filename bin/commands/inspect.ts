import { Option, type Command } from 'commander';
import { applyConfigFile, requireOptions } from '../config-file.ts';
import { describeConnection } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { openSource, translateMysqlError } from '../../core/mysql.ts';
import { inspectSource } from '../../extractors/inspect/index.ts';
import { planMigration } from '../../pipeline/plan.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { renderInspectReport } from '../render/inspect-report.ts';

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Report what a Magento 2 database holds: edition, version, stores, counts, attributes, anomalies')
    .addOption(
      new Option('--source <url>', 'the Magento database, mysql://USER:PASS@HOST:PORT/DB (read only; SELECT is enough)')
        .env('MAGEMIG_SOURCE'),
    )
    .option('--json', 'print one JSON document (schema: extractors/inspect/report.ts) instead of the text report')
    .option('--config <file>', 'read any of these options from a JSON or YAML file (flags and environment win)')
    .action(async (_flags: unknown, cmd: Command) => {
      applyConfigFile(cmd);
      requireOptions(cmd, ['source']);
      const opts = cmd.opts<{ source: string; json?: boolean }>();
      const { conn, url } = await openSource(opts.source, { readOnly: true });
      try {
        const translate = (err: unknown): never => {
          throw err instanceof MagemigError ? err : translateMysqlError(err, url);
        };
        const report = await inspectSource(conn, describeConnection(url)).catch(translate);
        // What each service's declared migration would start from (the registry's contexts).
        report.migration = await planMigration(opts.source, CONTEXTS).catch(translate);
        process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderInspectReport(report));
      } finally {
        await conn.end().catch(() => undefined);
      }
    });
}
