/**
 * One Fastify process serving every service's routes (a modular monolith): each service registers its
 * routes against its own database pool, so a service can as well be served alone by another process.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import pg from 'pg';
import type { ConnectionUrl } from '../../core/connection-url.ts';
import { describeConnection, withDatabase } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { pgDatabaseExists } from '../../core/postgres.ts';
import type { ServiceModule } from './service.ts';

/** A client error with an HTTP status and a stable code, answered as { statusCode, error, code, message }. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
  }
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 503: 'Service Unavailable' };

export function errorBody(statusCode: number, code: string, message: string) {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', code, message };
}

export interface HttpServerOptions {
  target: ConnectionUrl;
  /** Service databases are <prefix>_<service>. */
  prefix: string;
  services: readonly ServiceModule[];
  logger?: boolean;
  /** Connections per service pool. */
  poolSize?: number;
}

export interface HttpServer {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Error answers for everything: ours (HttpError), Fastify's (bad JSON, 404 route), and bugs (500, no details). */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) return reply.status(err.statusCode).send(errorBody(err.statusCode, err.code, err.message));
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(errorBody(status, err.code ?? 'BAD_REQUEST', err.message));
    req.log.error({ err }, 'request failed');
    return reply.status(500).send(errorBody(500, 'INTERNAL', 'internal error'));
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody(404, 'NO_ROUTE', `no route ${req.method} ${req.url.split('?')[0]}`)));
}

export async function buildHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({ logger: opts.logger ?? false });
  installErrorHandlers(app);
  const pools: pg.Pool[] = [];
  try {
    for (const service of opts.services) {
      const database = `${opts.prefix}_${service.name}`;
      if (!(await pgDatabaseExists(opts.target, database))) {
        throw new MagemigError('NO_SERVICE_DATABASE', `database '${database}' does not exist on ${opts.target.host}:${opts.target.port}: run magemig migrate first (or check --db-prefix)`);
      }
      const c = withDatabase(opts.target, database);
      const pool = new pg.Pool({ host: c.host, port: c.port, user: c.user, password: c.password || undefined, database, max: opts.poolSize ?? 5 });
      // An idle client that dies emits 'error' on the pool; unhandled it would crash the server.
      pool.on('error', (err) => app.log.warn(`${describeConnection(c)}: ${err.message}`));
      pools.push(pool);
      const register = service.register;
      if (register) await app.register(async (scope) => register(scope, pool));
    }
    app.get('/health', async () => ({ status: 'ok', services: opts.services.map((s) => s.name) }));
    await app.ready();
  } catch (err) {
    await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    throw err;
  }
  return {
    app,
    async close() {
      await app.close();
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    },
  };
}
