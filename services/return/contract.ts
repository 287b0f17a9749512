/** What an import writes into the return service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const rma = table('rma', [
  'id', 'magento_id', 'increment_id', 'status', 'is_active', 'date_requested', 'order_id', 'order_magento_id', 'order_increment_id', 'store_magento_id',
  'customer_id', 'customer_magento_id', 'customer_custom_email',
], ['id']);
export const rmaItem = table('rma_item', [
  'id', 'magento_id', 'rma_id', 'order_item_id', 'order_item_magento_id', 'product_name', 'product_sku', 'product_admin_name', 'product_admin_sku', 'status',
  'is_qty_decimal', 'qty_requested', 'qty_authorized', 'qty_approved', 'qty_returned', 'product_options', 'attributes',
], ['id']);
export const rmaStatusHistory = table('rma_status_history', ['id', 'magento_id', 'rma_id', 'status', 'comment', 'is_customer_notified', 'is_visible_on_front', 'is_admin', 'created_at'], ['id']);
export const rmaShippingLabel = table('rma_shipping_label', [
  'id', 'magento_id', 'rma_id', 'label', 'packages', 'track_number', 'carrier_title', 'method_title', 'carrier_code', 'method_code', 'price', 'is_admin',
], ['id']);

export const returnContract = contractOf(rma, rmaItem, rmaStatusHistory, rmaShippingLabel);
