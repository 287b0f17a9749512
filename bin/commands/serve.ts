import { Option, type Command } from 'commander';
import { MagemigError } from '../../core/errors.ts';
import { parseTarget } from '../../core/postgres.ts';
import { SERVABLE_CONTEXTS, selectContexts } from '../../pipeline/registry.ts';
import { buildHttpServer, createAuth, verificationKey } from '../../services/kit/index.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new MagemigError('USAGE', `--port must be an integer from 0 to 65535, got '${value}'`);
  return n;
}

function poolSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new MagemigError('USAGE', `--pool-size must be an integer from 1 to 1000, got '${value}'`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the migrated services over HTTP, all in one process or --only some')
    .addOption(new Option('--target <url>', 'the Postgres server holding the service databases, postgres://USER@HOST:PORT').env('MAGEMIG_TARGET').makeOptionMandatory())
    .option('--db-prefix <prefix>', 'service databases are <prefix>_<service>', 'magemig')
    .option('--port <n>', 'port to listen on', port, 3000)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--pool-size <n>', 'Postgres connections per service (a burst beyond them queues)', poolSize, 10)
    .option('--access-log', 'log every request (one JSON line each, on stdout)', false)
    .option('--only <services>', 'comma-separated services to serve (default: all); one per process serves them apart')
    .action(async (opts: { target: string; dbPrefix: string; port: number; host: string; only?: string; accessLog: boolean; poolSize: number }) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(opts.dbPrefix)) {
        throw new MagemigError('USAGE', `--db-prefix must be lower-case letters, digits and _ (got '${opts.dbPrefix}')`);
      }
      const services = selectContexts(opts.only?.split(',').map((x) => x.trim()).filter(Boolean), SERVABLE_CONTEXTS).map((c) => c.service);
      let key;
      try {
        key = verificationKey(process.env.MAGEMIG_AUTH_PUBLIC_KEY);
      } catch (err) {
        throw new MagemigError('USAGE', (err as Error).message);
      }
      const server = await buildHttpServer({ target: parseTarget(opts.target), prefix: opts.dbPrefix, services, logger: true, accessLog: opts.accessLog, poolSize: opts.poolSize, auth: createAuth(key) });
      try {
        await server.app.listen({ port: opts.port, host: opts.host });
      } catch (err) {
        await server.close();
        const e = err as { code?: string; message?: string };
        if (e.code === 'EADDRINUSE') throw new MagemigError('PORT_IN_USE', `port ${opts.port} on ${opts.host} is already in use`);
        throw err;
      }
      // Said once the server runs (a failure to start is said alone, in one line).
      if (!key) process.stderr.write('serve: MAGEMIG_AUTH_PUBLIC_KEY is not set: private routes (customers, orders, payments, staff...) will refuse every request\n');
      const stop = (): void => {
        void server.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
