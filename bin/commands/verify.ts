import { Option, type Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';
import { DEFAULT_DB_PREFIX } from '../../pipeline/run-migration.ts';
import { migrationContexts, selectContexts } from '../../pipeline/registry.ts';
import { DEFAULT_SAMPLE, runVerify } from '../../verify/run-verify.ts';
import { applyConfigFile, requireOptions } from '../config-file.ts';
import { writeReportFiles } from '../report/files.ts';
import { renderVerifyHtml, renderVerifyMarkdown, renderVerifySummary, verifyVerdict } from '../report/verify-render.ts';
import { positiveInt } from './migrate.ts';

interface VerifyFlags {
  source?: string;
  target?: string;
  dbPrefix: string;
  only?: string;
  sample?: string;
  full?: boolean;
  seed?: string;
  report?: string;
  json?: boolean;
  cartsSince?: string;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('Compare the migrated services with the Magento source by an independent reading of both (read-only)')
    .addOption(new Option('--source <url>', 'the Magento database, mysql://USER:PASS@HOST:PORT/DB (opened read-only)').env('MAGEMIG_SOURCE'))
    .addOption(new Option('--target <url>', 'the Postgres server holding the service databases').env('MAGEMIG_TARGET'))
    .option('--db-prefix <prefix>', 'service databases are <prefix>_<service>', DEFAULT_DB_PREFIX)
    .option('--only <services>', 'comma-separated services to verify (default: every service with a verification)')
    .option('--sample <n>', `entities compared field by field per entity type (default ${DEFAULT_SAMPLE})`)
    .option('--full', 'compare every entity field by field (instead of a sample)')
    .option('--seed <n>', 'seed of the random sample (repeatable samples)', '1')
    .option('--report <file>', 'write the report as Markdown to <file>, and beside it as JSON and as an HTML page')
    .option('--json', 'print the report as one JSON document on stdout, and nothing else there')
    .option('--carts-since <date>', 'also verify the checkout service, migrated with this --carts-since day (YYYY-MM-DD)')
    .option('--config <file>', 'read any of these options from a JSON or YAML file (flags and environment win)')
    .action(async (_flags: VerifyFlags, cmd: Command) => {
      applyConfigFile(cmd);
      requireOptions(cmd, ['source', 'target']);
      const f = cmd.opts<VerifyFlags>();
      if (f.full && f.sample !== undefined) throw new MagemigError('USAGE', '--sample and --full exclude each other');
      const sample = f.full ? 'full' : f.sample === undefined ? DEFAULT_SAMPLE : positiveInt(f.sample, '--sample');
      const only = f.only?.split(',').map((s) => s.trim()).filter(Boolean);
      // The run does not know which carts the migration took: the same day as migrate's says it (as in migrate).
      if (only?.includes('checkout') && f.cartsSince === undefined) throw new MagemigError('USAGE', 'the checkout service holds the carts of --carts-since DATE: give the same day as to migrate');
      const contexts = selectContexts(only, migrationContexts(f.cartsSince))
        .filter((c) => c.verify)
        .map((c) => ({ name: c.name, verify: c.verify! }));
      const report = await runVerify({ source: f.source!, target: f.target!, dbPrefix: f.dbPrefix, contexts, sample, seed: positiveInt(f.seed ?? '1', '--seed') });
      const human = f.json ? process.stderr : process.stdout;
      if (f.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (report.status !== 'failed') human.write(renderVerifySummary(report));
      if (f.report) {
        const written = await writeReportFiles(f.report, report, renderVerifyMarkdown(report), renderVerifyHtml(report));
        human.write(`Report: ${written.markdown} (JSON: ${written.json}, HTML: ${written.html})\n`);
      }
      // Exit 1 when anything differs (or verify could not run), with the one-line summary on stderr.
      if (report.status !== 'agrees') throw new MagemigError(report.status === 'failed' ? 'VERIFY_FAILED' : 'DIFFERENCES', verifyVerdict(report).replace(/^verify: /, ''));
    });
}
