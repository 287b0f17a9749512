/** The customer service over HTTP for tests (fastify inject, no port), with explicit route options. */
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { registerCustomerRoutes, type CustomerRouteOptions } from '../../services/customer/index.ts';
import { installErrorHandlers } from '../../services/kit/index.ts';
import { testAuth } from '../support/tokens.ts';

export interface CustomerApp {
  app: FastifyInstance;
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function customerApp(pgUrl: string, database: string, options: CustomerRouteOptions = {}): Promise<CustomerApp> {
  const pool = new pg.Pool({ connectionString: `${pgUrl}/${database}`, max: 4 });
  const app = Fastify();
  installErrorHandlers(app);
  await registerCustomerRoutes(app, pool, { auth: testAuth(), ...options });
  await app.ready();
  return {
    app,
    pool,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}

/** The generated stores' clear-text password of a customer (generator/steps/customers.ts). */
export const passwordOf = (entityId: number): string => `Magento${entityId}!`;
