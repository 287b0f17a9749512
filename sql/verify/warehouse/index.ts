/**
 * Typed names of `verify`'s warehouse queries: its own reading of Magento's MSI and legacy stock tables
 * (MySQL) and of the warehouse service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/warehouse.
 */
import { defineQuery } from '../../query.ts';

export const legacyStockSources = defineQuery('verify/warehouse/legacy-stock-sources');
export const legacyStocksKeys = defineQuery('verify/warehouse/legacy-stocks-keys');
export const productsKeys = defineQuery('verify/warehouse/products-keys');
export const reservationFields = defineQuery('verify/warehouse/reservation-fields');
export const reservationQty = defineQuery('verify/warehouse/reservation-qty');
export const reservationsKeys = defineQuery('verify/warehouse/reservations-keys');
export const sourceItemFields = defineQuery('verify/warehouse/source-item-fields');
export const sourceItemQty = defineQuery('verify/warehouse/source-item-qty');
export const sourceItemsKeys = defineQuery('verify/warehouse/source-items-keys');
export const sourcesKeys = defineQuery('verify/warehouse/sources-keys');
export const stockItemFields = defineQuery('verify/warehouse/stock-item-fields');
export const stockItemQty = defineQuery('verify/warehouse/stock-item-qty');
export const stockSources = defineQuery('verify/warehouse/stock-sources');
export const stocksKeys = defineQuery('verify/warehouse/stocks-keys');
export const targetLegacySources = defineQuery('verify/warehouse/target-legacy-sources');
export const targetProductsKeys = defineQuery('verify/warehouse/target-products-keys');
export const targetReservationFields = defineQuery('verify/warehouse/target-reservation-fields');
export const targetReservationQty = defineQuery('verify/warehouse/target-reservation-qty');
export const targetReservationsKeys = defineQuery('verify/warehouse/target-reservations-keys');
export const targetSourceItemFields = defineQuery('verify/warehouse/target-source-item-fields');
export const targetSourceItemQty = defineQuery('verify/warehouse/target-source-item-qty');
export const targetSourceItemsKeys = defineQuery('verify/warehouse/target-source-items-keys');
export const targetSourcesKeys = defineQuery('verify/warehouse/target-sources-keys');
export const targetStockItemFields = defineQuery('verify/warehouse/target-stock-item-fields');
export const targetStockItemQty = defineQuery('verify/warehouse/target-stock-item-qty');
export const targetStockSources = defineQuery('verify/warehouse/target-stock-sources');
export const targetStocksKeys = defineQuery('verify/warehouse/target-stocks-keys');
