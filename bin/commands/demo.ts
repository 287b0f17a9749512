import type { Command } from 'commander';
import { redactUrl } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { PipelineEmitter } from '../../core/events.ts';
import { seedSource } from '../../generator/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { attachProgress } from '../ui/progress.ts';
import { renderSummary } from '../ui/summary.ts';

const DEFAULT_SOURCE = 'mysql://root@127.0.0.1:3306/magemig_demo';
const DEFAULT_TARGET = 'postgres://postgres@127.0.0.1:5432';

/**
 * The README's first command: a small generated store, migrated end to end. Starts over each time
 * (the source is regenerated, so the target is emptied with it).
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Generate a tiny Magento store in the local MariaDB and migrate it into the local Postgres')
    .option('--source <url>', 'where to generate the demo store', process.env.MAGEMIG_DEMO_SOURCE ?? DEFAULT_SOURCE)
    .option('--target <url>', 'the Postgres server to migrate into', process.env.MAGEMIG_DEMO_TARGET ?? DEFAULT_TARGET)
    .option('--db-prefix <prefix>', 'service databases are <prefix>_<service>', 'magemig_demo')
    .option('--profile <profile>', 'generator profile', 'tiny')
    .action(async (flags: { source: string; target: string; dbPrefix: string; profile: string }) => {
      process.stdout.write(`1/2 Generating a '${flags.profile}' Magento 2 store into ${redactUrl(flags.source)}\n`);
      const seeded = await seedSource({ source: flags.source, profile: flags.profile as 'tiny', log: (l) => process.stderr.write(`    ${l}\n`) });
      const products = seeded.entities.products ?? seeded.entities.product ?? 0;
      process.stdout.write(`    ${products} products generated, dirt included (see generator/README.md)\n`);
      process.stdout.write(`2/2 Migrating into ${redactUrl(flags.target)} (databases ${flags.dbPrefix}_<service>)\n`);
      const events = new PipelineEmitter();
      const ui = attachProgress(events);
      const report = await runMigration(
        { source: flags.source, target: flags.target, contexts: CONTEXTS, dbPrefix: flags.dbPrefix, restart: true },
        events,
      );
      ui.stop();
      process.stdout.write(renderSummary(report));
      if (report.status === 'failed') throw new MagemigError(report.errorCode ?? 'FAILED', report.error ?? 'the migration failed');
      process.stdout.write(`\nNext: ./bin/magemig serve --target ${redactUrl(flags.target)} --db-prefix ${flags.dbPrefix}\n`);
    });
}
