/**
 * The location service's public surface (countries, regions, address formats and rules, currency rates): the
 * service module, its import contract and the settings it honours. It knows nothing of the migration that
 * fills it (pipeline/location).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { locationContract } from './contract.ts';
import { registerLocationRoutes } from './routes.ts';

export { locationContract } from './contract.ts';
export { registerLocationRoutes } from './routes.ts';
export { CONFIG_XML_DEFAULTS, LOCATION_SETTING_PATHS, scopedSettings } from './settings.ts';
export { validateAddress } from './validate.ts';
export { POSTCODE_PATTERNS } from './postcodes.ts';

export const locationService: ServiceModule = {
  name: 'location',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: locationContract,
  register: (app, db) => registerLocationRoutes(app, db),
};
