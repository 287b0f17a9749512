/**
 * `magemig export redirects --format nginx|csv|json [--store code] [--output FILE]`: the content service's
 * redirect map, read from its database (<prefix>_content), for a gateway or web server.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { withDatabase } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { connectPg, parseTarget, pgDatabaseExists } from '../../core/postgres.ts';
import { writeRedirectExport, type ExportFormat } from '../../services/content/index.ts';

export function registerExport(program: Command): void {
  const exp = program.command('export').description('Export what a service holds for other systems');
  exp
    .command('redirects')
    .description('The redirect map (every store view and old path -> where it leads now) for a gateway or web server')
    .addOption(new Option('--target <url>', 'the Postgres server holding the service databases, postgres://USER@HOST:PORT').env('MAGEMIG_TARGET').makeOptionMandatory())
    .option('--db-prefix <prefix>', 'service databases are <prefix>_<service>', 'magemig')
    .addOption(new Option('--format <format>', 'nginx (a map file), csv or json').choices(['nginx', 'csv', 'json']).makeOptionMandatory())
    .option('--store <code>', 'only this store view')
    .option('--output <file>', 'write to this file (default: standard output)')
    .action(async (opts: { target: string; dbPrefix: string; format: ExportFormat; store?: string; output?: string }) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(opts.dbPrefix)) throw new MagemigError('USAGE', `--db-prefix must be lower-case letters, digits and _ (got '${opts.dbPrefix}')`);
      const server = parseTarget(opts.target);
      const database = `${opts.dbPrefix}_content`;
      if (!(await pgDatabaseExists(server, database))) {
        throw new MagemigError('NO_SERVICE_DATABASE', `database '${database}' does not exist on ${server.host}:${server.port}: run magemig migrate --only content first`);
      }
      const db = await connectPg(withDatabase(server, database));
      const out = opts.output ? createWriteStream(opts.output) : process.stdout;
      const write = async (chunk: string): Promise<void> => {
        if (!out.write(chunk)) await once(out, 'drain');
      };
      try {
        if (opts.store) {
          const { rows } = await db.query('SELECT 1 FROM store WHERE code = $1', [opts.store]);
          if (rows.length === 0) throw new MagemigError('USAGE', `no store view with code '${opts.store}' in ${database}`);
        }
        const counts = await writeRedirectExport(db, opts.format, write, opts.store);
        if (opts.output) {
          out.end();
          await once(out, 'finish');
        }
        const skipped = counts.skipped ? `, ${counts.skipped} left out (see the file's last comment)` : '';
        process.stderr.write(`magemig: ${counts.entries} entries for ${counts.stores} store view(s)${skipped}${opts.output ? ` written to ${opts.output}` : ''}\n`);
      } finally {
        await db.end().catch(() => undefined);
      }
    });
}
