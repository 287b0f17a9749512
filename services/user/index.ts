/**
 * The user service's public surface (staff accounts and what they may do): the service module (name,
 * migrations, contract, routes), its import contract and the settings it honours. It knows nothing of the
 * migration that fills it (pipeline/user).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { userContract } from './contract.ts';
import { registerUserRoutes, userRouteOptionsFromEnv } from './routes.ts';

export { userContract } from './contract.ts';
export { USER_SETTING_PATHS, allowedResources } from './repository.ts';
export { registerUserRoutes, userRouteOptionsFromEnv, type UserRouteOptions } from './routes.ts';

export const userService: ServiceModule = {
  name: 'user',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: userContract,
  register: (app, db, { auth }) => registerUserRoutes(app, db, { ...userRouteOptionsFromEnv(process.env), auth }),
};
