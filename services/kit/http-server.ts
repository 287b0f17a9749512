/**
 * One Fastify process serving every service's routes (a modular monolith): each service registers its
 * routes against its own database pool, so a service can as well be served alone by another process.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pg from 'pg';
import { z } from 'zod';
import type { ConnectionUrl } from '../../core/connection-url.ts';
import { describeConnection, withDatabase } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { pgDatabaseExists } from '../../core/postgres.ts';
import { BEARER_SCHEME, createAuth, type Auth } from './auth.ts';
import type { Queryable } from './db.ts';
import { errorBody, HttpError, isUnavailable } from './http-error.ts';
import { assertSchemaCurrent } from './schema-check.ts';
import type { ServiceModule } from './service.ts';

export { errorBody, HttpError } from './http-error.ts';

// Fastify and its OpenAPI plugin are loaded when a server is built, not when the kit is imported: every service
// module reaches the kit, and so does the migration through the services' contracts, which never serves (about
// 30 MB of a migrate process's resident memory and a third of its start-up).
const loadFastify = () => import('fastify');
const loadSwagger = () => import('@fastify/swagger');

export interface HttpServerOptions {
  target: ConnectionUrl;
  /** Service databases are <prefix>_<service>. */
  prefix: string;
  services: readonly ServiceModule[];
  logger?: boolean;
  /** One log line per request (off by default: at thousands of requests a second it costs more than the route). */
  accessLog?: boolean;
  /** Connections per service pool (requests beyond it queue for a connection, they do not fail). */
  poolSize?: number;
  /** How private routes check bearer tokens (default: none configured, every private route refuses). */
  auth?: Auth;
  /** A statement slower than this is cancelled and answered 503 (ms, default 5000). */
  statementTimeoutMs?: number;
}

export interface HttpServer {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Error answers for everything: ours (HttpError), Fastify's (bad JSON, 404 route), and bugs (500, no details). */
export function installErrorHandlers(app: FastifyInstance): void {
  // Route schemas are zod schemas: they validate the input and feed the OpenAPI documents.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
      return reply.status(err.statusCode).send(errorBody(err.statusCode, err.code, err.message));
    }
    // The database is away (restarting, overloaded, slow): the client may retry; the pool reconnects by itself.
    if (isUnavailable(err)) {
      req.log.warn({ err }, 'database unavailable');
      return reply.status(503).header('retry-after', '1').send(errorBody(503, 'UNAVAILABLE', 'the service database cannot answer now; retry shortly'));
    }
    if (hasZodFastifySchemaValidationErrors(err)) return reply.status(400).send(errorBody(400, 'BAD_REQUEST', validationMessage(err.validation)));
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(errorBody(status, err.code ?? 'BAD_REQUEST', err.message));
    req.log.error({ err }, 'request failed');
    return reply.status(500).send(errorBody(500, 'INTERNAL', 'internal error'));
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody(404, 'NO_ROUTE', `no route ${req.method} ${req.url.split('?')[0]}`)));
}

/** The first problem of a request, in one line: "unknown query parameter(s): x", or the schema's own message. */
function validationMessage(issues: ReadonlyArray<{ keyword: string; message?: string; instancePath: string; params: Record<string, unknown> }>): string {
  const issue = issues[0];
  if (!issue) return 'invalid request';
  if (issue.keyword === 'unrecognized_keys') return `unknown query parameter(s): ${(issue.params.keys as string[]).join(', ')}`;
  return issue.message ?? `invalid ${issue.instancePath}`;
}

/**
 * One service in its own encapsulated scope: its routes, and its OpenAPI document built from their schemas
 * (@fastify/swagger), served at GET /<service>/openapi.json. The same function mounts a service alone.
 */
export async function mountService(scope: FastifyInstance, service: ServiceModule, db: Queryable, auth: Auth = createAuth(null)): Promise<void> {
  const { default: swagger } = await loadSwagger();
  await scope.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `magemig ${service.name} service`, version: '1' },
      components: { schemas: { Error: ERROR_SCHEMA }, securitySchemes: BEARER_SCHEME },
    },
    transform: jsonSchemaTransform,
  });
  // A route that declares no query parameters takes none: `?anything` is refused (400) like an unknown one.
  scope.addHook('onRoute', (route) => {
    if (route.schema?.querystring === undefined) route.schema = { ...route.schema, querystring: NO_QUERY };
  });
  if (service.register) await service.register(scope, db, { auth });
  scope.get(`/${service.name}/openapi.json`, { schema: { hide: true } }, async () => scope.swagger());
}

const NO_QUERY = z.object({}).strict();

/** The JSON every error answer has (errorBody), for the OpenAPI documents. */
export const ERROR_SCHEMA = {
  type: 'object' as const,
  required: ['statusCode', 'error', 'code', 'message'],
  properties: { statusCode: { type: 'integer' as const }, error: { type: 'string' as const }, code: { type: 'string' as const }, message: { type: 'string' as const } },
};

export async function buildHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const { default: Fastify, LogController } = await loadFastify();
  // In-flight requests finish on close (SIGTERM); new connections are refused meanwhile.
  const app = Fastify({
    logger: opts.logger ?? false,
    logController: new LogController({ disableRequestLogging: !opts.accessLog }),
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  const auth = opts.auth ?? createAuth(null);
  installErrorHandlers(app);
  // A request that was in flight when closing began is answered with `Connection: close`: its keep-alive
  // socket would otherwise hold the process open for Fastify's keepAliveTimeout (72 s) after SIGTERM.
  let closing = false;
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  const pools: pg.Pool[] = [];
  try {
    for (const service of opts.services) {
      const database = `${opts.prefix}_${service.name}`;
      if (!(await pgDatabaseExists(opts.target, database))) {
        throw new MagemigError('NO_SERVICE_DATABASE', `database '${database}' does not exist on ${opts.target.host}:${opts.target.port}: run magemig migrate first (or check --db-prefix)`);
      }
      const c = withDatabase(opts.target, database);
      const pool = new pg.Pool({
        host: c.host, port: c.port, user: c.user, password: c.password || undefined, database,
        max: opts.poolSize ?? 10,
        // A request waits this long for a free connection (a burst queues), then 503: never a pool-exhaustion error.
        connectionTimeoutMillis: 10_000,
        idleTimeoutMillis: 30_000,
        statement_timeout: opts.statementTimeoutMs ?? 5_000,
        application_name: `magemig-${service.name}`,
      });
      // An idle client that dies emits 'error' on the pool; unhandled it would crash the server.
      pool.on('error', (err) => app.log.warn(`${describeConnection(c)}: ${err.message}`));
      pools.push(pool);
      await assertSchemaCurrent(service, pool, database);
      await app.register(async (scope) => mountService(scope, service, pool, auth));
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
      closing = true;
      await app.close();
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    },
  };
}
