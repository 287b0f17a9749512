/**
 * The order service's public surface, the only module imported from outside services/order:
 *
 *   orderService                  -> the service module: name, schema migrations, import contract, routes
 *   orderContract                 -> the tables and columns an import writes (contract.ts)
 *   registerOrderRoutes(app, db)  -> mount the routes on any Fastify instance with a pg Pool / Client
 *   lifecycleOf(state)            -> the service's lifecycle for a Magento order state (lifecycle.ts)
 *   nextIncrementId(db, store, type) -> the next document number of a store view, never a migrated one
 *   orderTotals(db)               -> per store, currency and document type: counts and sums (reconciliation)
 *   orderDocuments                -> the read model's refresh statements, run by the import in its batches (read-model.ts)
 *   orderView(db, id)             -> one order assembled from its rows (the read model's reference)
 *   orderDocumentParts(rows)      -> the read model's head and tail from an import's rows (order-document-parts.ts)
 *   documentText(table, ...)      -> an invoice's, shipment's or credit memo's element of it, likewise (document-texts.ts)
 *
 * It knows nothing of Magento's database: the migration that fills it lives in pipeline/order.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { orderContract } from './contract.ts';
import { registerOrderRoutes } from './routes.ts';

export { orderContract } from './contract.ts';
export { registerOrderRoutes } from './routes.ts';
export { lifecycleOf, LIFECYCLES, type Lifecycle } from './lifecycle.ts';
export { nextIncrementId, type DocumentType } from './numbering.ts';
export { orderTotals, type TotalsRow } from './repository-totals.ts';
export { orderDocuments, type OrderDocumentPart } from './read-model.ts';
export { orderView } from './repository-orders.ts';
export { orderDocumentParts, STORED_KINDS, type OrderRowsForDocument } from './order-document-parts.ts';
export { documentText, type DocumentTable } from './document-texts.ts';

export const orderService: ServiceModule = {
  name: 'order',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: orderContract,
  register: registerOrderRoutes,
};
