import { Option, type Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';
import { redactUrl } from '../../core/connection-url.ts';
import { DEFAULT_SEED, PROFILES, seedSource, type Edition, type ProfileName } from '../../generator/index.ts';

interface SeedCliOptions {
  source: string;
  profile: ProfileName;
  edition: Edition;
  seed: string;
  quiet?: boolean;
  json?: boolean;
  force?: boolean;
  orders?: string;
  customers?: string;
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Generate a realistic Magento 2.4 database (schema + data) at a performance-toolkit size')
    .addOption(
      // Deliberately not read from MAGEMIG_SOURCE (inspect's variable): seed drops tables, so it is named explicitly.
      new Option('--source <url>', 'the database to create or overwrite, mysql://USER:PASS@HOST:PORT/DB').makeOptionMandatory(),
    )
    .addOption(new Option('--profile <name>', 'store size').choices(Object.keys(PROFILES)).makeOptionMandatory())
    .addOption(new Option('--edition <edition>', 'Open Source (entity_id) or Adobe Commerce (row_id staging)').choices(['opensource', 'commerce']).default('opensource'))
    .option('--seed <n>', 'seed of the pseudo-random values (same seed, same database)', String(DEFAULT_SEED))
    .option('-q, --quiet', 'no progress lines on stderr')
    .option('--json', 'print the summary as JSON')
    .option('--force', 'overwrite a database that holds a Magento store seed did not generate')
    .option('--orders <n>', "orders to generate instead of the profile's (e.g. 1000000 for the order scale test)")
    .option('--customers <n>', "customers to generate instead of the profile's (with 0-2 addresses each; e.g. 1000000)")
    .action(async (opts: SeedCliOptions) => {
      if (!/^\d+$/.test(opts.seed)) throw new MagemigError('USAGE', `--seed must be a non-negative integer, got '${opts.seed}'`);
      if (opts.orders !== undefined && !/^\d+$/.test(opts.orders)) throw new MagemigError('USAGE', `--orders must be a non-negative integer, got '${opts.orders}'`);
      if (opts.customers !== undefined && !/^\d+$/.test(opts.customers)) throw new MagemigError('USAGE', `--customers must be a positive integer, got '${opts.customers}'`);
      const summary = await seedSource({
        orders: opts.orders === undefined ? undefined : Number(opts.orders),
        customers: opts.customers === undefined ? undefined : Number(opts.customers),
        source: opts.source,
        profile: opts.profile,
        edition: opts.edition,
        seed: Number(opts.seed),
        force: opts.force ?? false,
        log: opts.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const e = summary.entities;
      process.stdout.write(
        `seeded ${redactUrl(opts.source)} (${summary.profile}, ${summary.edition}, seed ${summary.seed}) in ${summary.seconds} s: ` +
          `${e.products} products, ${e.categories} categories, ${e.customers} customers, ${e.orders} orders, ` +
          `${Object.values(summary.dirt).reduce((a, b) => a + b, 0)} planted anomalies\n`,
      );
    });
}
