/**
 * One Fastify process serving every service's routes (a modular monolith): each service registers its
 * routes against its own database pool, so a service can as well be served alone by another process.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pg from 'pg';
import type { ConnectionUrl } from '../../core/connection-url.ts';
import { describeConnection, withDatabase } from '../../core/connection-url.ts';
import { MagemigError } from '../../core/errors.ts';
import { pgDatabaseExists } from '../../core/postgres.ts';
import type { Queryable } from './db.ts';
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

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 500: 'Internal Server Error', 503: 'Service Unavailable' };

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
  // Route schemas are zod schemas: they validate the input and feed the OpenAPI documents.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) return reply.status(err.statusCode).send(errorBody(err.statusCode, err.code, err.message));
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
export async function mountService(scope: FastifyInstance, service: ServiceModule, db: Queryable): Promise<void> {
  await scope.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `magemig ${service.name} service`, version: '1' },
      components: { schemas: { Error: ERROR_SCHEMA } },
    },
    transform: jsonSchemaTransform,
  });
  if (service.register) await service.register(scope, db);
  scope.get(`/${service.name}/openapi.json`, { schema: { hide: true } }, async () => scope.swagger());
}

/** The JSON every error answer has (errorBody), for the OpenAPI documents. */
export const ERROR_SCHEMA = {
  type: 'object' as const,
  required: ['statusCode', 'error', 'code', 'message'],
  properties: { statusCode: { type: 'integer' as const }, error: { type: 'string' as const }, code: { type: 'string' as const }, message: { type: 'string' as const } },
};

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
      await app.register(async (scope) => mountService(scope, service, pool));
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
