/**
 * The payment service's public surface: the service module (name, migrations, contract, routes), its import
 * contract, and the vault's token encryption (the migration seals with it; the platform opens with it).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { paymentContract } from './contract.ts';
import { registerPaymentRoutes } from './routes.ts';

export { paymentContract, MONEY as PAYMENT_MONEY } from './contract.ts';
export { paymentTotals } from './repository.ts';
export { openToken, parseVaultKey, PAYMENT_KEY_ENV, sealToken, type Sealed, type VaultKey } from './vault-crypto.ts';

export const paymentService: ServiceModule = {
  name: 'payment',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: paymentContract,
  register: registerPaymentRoutes,
};
