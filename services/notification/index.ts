/**
 * The notification service's public surface (newsletter subscriptions, mail templates): the service module
 * and its import contract. It knows nothing of the migration that fills it (pipeline/notification).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { notificationContract } from './contract.ts';
import { registerNotificationRoutes } from './routes.ts';

export { notificationContract } from './contract.ts';
export { registerNotificationRoutes } from './routes.ts';

export const notificationService: ServiceModule = {
  name: 'notification',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: notificationContract,
  register: (app, db, { auth }) => registerNotificationRoutes(app, db, { auth }),
};
