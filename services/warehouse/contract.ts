/**
 * What an import writes into the warehouse service (services/kit/contract.ts). reservation_order is the
 * service's own (written by POST /warehouse/reservations), not an import table.
 */
import { contractOf, table } from '../kit/index.ts';

export const source = table('source', [
  'id', 'code', 'name', 'enabled', 'description', 'latitude', 'longitude', 'country_id', 'region_id', 'region', 'city', 'street', 'postcode',
  'contact_name', 'email', 'phone', 'fax', 'use_default_carrier_config', 'from_legacy',
], ['id']);
export const sourceCarrier = table('source_carrier', ['source_code', 'carrier_code', 'position'], ['source_code', 'carrier_code']);
export const stock = table('stock', ['id', 'magento_id', 'name'], ['id']);
export const stockSource = table('stock_source', ['stock_id', 'source_code', 'priority'], ['stock_id', 'source_code']);
export const salesChannel = table('sales_channel', ['type', 'code', 'stock_id'], ['type', 'code']);
export const stockConfig = table('stock_config', ['path', 'value', 'origin'], ['path']);
export const product = table('product', ['id', 'magento_id', 'sku', 'type', 'enabled', 'required_options'], ['id']);
export const productPart = table('product_part', ['parent_id', 'kind', 'option_id', 'option_required', 'child_magento_id'], ['parent_id', 'kind', 'option_id', 'child_magento_id']);
export const stockItem = table('stock_item', [
  'product_id', 'magento_id', 'product_magento_id', 'sku', 'qty', 'is_in_stock', 'is_qty_decimal', 'manage_stock', 'min_qty', 'min_sale_qty', 'max_sale_qty',
  'backorders', 'notify_stock_qty', 'enable_qty_increments', 'qty_increments', 'use_config', 'raw_min_qty',
], ['product_id']);
export const sourceItem = table('source_item', ['source_code', 'sku', 'magento_id', 'quantity', 'status'], ['source_code', 'sku']);
export const reservation = table('reservation', ['id', 'magento_id', 'stock_id', 'sku', 'quantity', 'metadata', 'order_id'], ['id']);

export const warehouseContract = contractOf(source, sourceCarrier, stock, stockSource, salesChannel, stockConfig, product, productPart, stockItem, sourceItem, reservation);
