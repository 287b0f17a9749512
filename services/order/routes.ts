import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../kit/index.ts';
export function registerOrderRoutes(_fastify: FastifyInstance, _db: Queryable): void {}
