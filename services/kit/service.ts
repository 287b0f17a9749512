/**
 * What a service module exports from its index.ts: its name (its database is <prefix>_<name>), its schema
 * migrations, its import contract and its HTTP routes. Nothing here knows Magento: a service is deployed
 * with or without the migration that fills it.
 */
import type { FastifyInstance } from 'fastify';
import type { Auth } from './auth.ts';
import type { Queryable } from './db.ts';
import type { ServiceContract } from './contract.ts';

export interface ServiceModule {
  name: string;
  /** Absolute path of its migrations folder (NNN_*.sql, applied in file-name order, once each). */
  migrationsDir: string;
  contract: ServiceContract;
  /** Mounts its routes on a Fastify instance, against its own database. */
  register?(app: FastifyInstance, db: Queryable, ctx: ServiceContext): Promise<void> | void;
}

/** What the server gives every service: how private routes check their bearer tokens. */
export interface ServiceContext {
  auth: Auth;
}
