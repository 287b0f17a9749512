/** Typed names of the return context's source queries (sql/source/return/*.sql) and their rows (Adobe Commerce tables). */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

export interface SourceRma {
  entity_id: number; status: string | null; is_active: number; increment_id: string | null; date_requested: string | null; order_id: number;
  order_increment_id: string | null; store_id: number | null; customer_id: number | null; customer_custom_email: string | null; has_protect_code: number;
  order_entity_id: number | null; customer_entity_id: number | null;
}
export interface SourceRmaItem {
  entity_id: number; rma_entity_id: number; is_qty_decimal: number; qty_requested: string; qty_authorized: string | null; qty_approved: string | null;
  qty_returned: string | null; status: string | null; order_item_id: number | null; product_name: string | null; product_sku: string | null;
  product_admin_name: string | null; product_admin_sku: string | null; product_options: string | null; order_item_exists: number | null;
}
export interface SourceItemValue { rma_entity_id: number; entity_id: number; attribute_code: string; value: string | number | null; label: string | null }
export interface SourceRmaHistory { entity_id: number; rma_entity_id: number; is_customer_notified: number | null; is_visible_on_front: number; comment: string | null; status: string | null; created_at: string | null; is_admin: number | null }
export interface SourceRmaLabel {
  entity_id: number; rma_entity_id: number; shipping_label: Buffer | null; packages: string | null; track_number: string | null; carrier_title: string | null;
  method_title: string | null; carrier_code: string | null; method_code: string | null; price: string | null; is_admin: number | null;
}

export const rmas = defineQuery<SourceRma>('source/return/rmas');
export const rmaCount = defineQuery<CountRow>('source/return/rma-count');
export const rmaItems = defineQuery<SourceRmaItem>('source/return/rma-items');
export const itemValuesInt = defineQuery<SourceItemValue>('source/return/item-values-int');
export const itemValuesVarchar = defineQuery<SourceItemValue>('source/return/item-values-varchar');
export const itemValuesText = defineQuery<SourceItemValue>('source/return/item-values-text');
export const itemValuesDecimal = defineQuery<SourceItemValue>('source/return/item-values-decimal');
export const itemValuesDatetime = defineQuery<SourceItemValue>('source/return/item-values-datetime');
export const statusHistory = defineQuery<SourceRmaHistory>('source/return/status-history');
export const shippingLabels = defineQuery<SourceRmaLabel>('source/return/shipping-labels');
