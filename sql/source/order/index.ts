/**
 * Typed names of the order context's source queries (sql/source/order/*.sql) and the rows they return.
 * mysql2 returns DECIMAL as exact strings and DATETIME as strings (core/mysql.ts): money never becomes a
 * float here. Wide rows list the columns the transforms read by name; the rest pass through as read.
 */
import { defineQuery } from '../../query.ts';

/** A DECIMAL column: the exact text ("36.3900"), or NULL. */
export type Dec = string | null;
export type CountRow = { n: number | string };
/** Any other column of a wide row, as mysql2 returns it. */
type Rest = { [column: string]: string | number | null };

export interface OrderRow extends Rest {
  entity_id: number;
  increment_id: string | null;
  store_id: number | null;
  state: string | null;
  status: string | null;
  created_at: string | null;
  updated_at: string | null;
  customer_id: number | null;
  customer_is_guest: number | null;
  customer_email: string | null;
  customer_dob: string | null;
  order_currency_code: string | null;
  base_currency_code: string | null;
  grand_total: Dec;
  base_grand_total: Dec;
  total_paid: Dec;
  total_refunded: Dec;
  gift_message_id: number | null;
}

export interface OrderItemRow extends Rest {
  item_id: number;
  order_id: number;
  parent_item_id: number | null;
  product_id: number | null;
  product_options: string | null;
  qty_ordered: Dec;
  gift_message_id: number | null;
  created_at: string | null;
}

export interface OrderAddressRow extends Rest {
  entity_id: number;
  parent_id: number;
}

export interface OrderPaymentRow extends Rest {
  entity_id: number;
  parent_id: number;
  additional_information: string | null;
  card_fields: number | string;
}

export interface OrderHistoryRow extends Rest {
  entity_id: number;
  parent_id: number;
  comment: string | null;
  created_at: string | null;
}

export interface OrderTaxRow extends Rest {
  tax_id: number;
  order_id: number;
}

export interface OrderTaxItemRow extends Rest {
  tax_item_id: number;
  order_id: number;
  tax_id: number;
}

export interface GiftMessageRow {
  gift_message_id: number;
  sender: string | null;
  recipient: string | null;
  message: string | null;
}

export interface DuplicateRow {
  increment_id: string;
  store_id: number | null;
  keep_id: number;
  n: number;
}

/** What every document page reads of its order (NULL order_entity_id: the order does not exist). */
export interface OrderRef {
  order_id: number | null;
  order_entity_id: number | null;
  order_increment_id: string | null;
  order_store_id: number | null;
  order_order_currency: string | null;
  order_base_currency: string | null;
}

export interface DocumentRow extends OrderRef, Rest {
  entity_id: number;
  increment_id: string | null;
  store_id: number | null;
  created_at: string | null;
  updated_at: string | null;
}

export interface DocumentChildRow extends Rest {
  entity_id: number;
  parent_id: number;
  created_at: string | null;
}

export interface TransactionRow extends OrderRef {
  transaction_id: number;
  payment_id: number | null;
  parent_id: number | null;
  txn_id: string | null;
  parent_txn_id: string | null;
  txn_type: string | null;
  is_closed: number | null;
  /** A BLOB: mysql2 gives a Buffer. */
  additional_information: string | Buffer | null;
  created_at: string | null;
}

export interface PurchasedRow extends OrderRef, Rest {
  purchased_id: number;
  customer_id: number | null;
  created_at: string | null;
  updated_at: string | null;
}

export interface PurchasedItemRow extends Rest {
  item_id: number;
  purchased_id: number;
  product_id: number | null;
  created_at: string | null;
  updated_at: string | null;
}

export interface StoreRow {
  store_id: number;
  code: string;
  name: string | null;
  website_id: number | null;
  website_code: string | null;
  group_id: number | null;
}

export interface StatusRow {
  status: string;
  label: string | null;
}
export interface StatusStateRow {
  status: string;
  state: string;
  is_default: number;
  visible_on_front: number;
}
export interface StatusLabelRow {
  status: string;
  store_id: number;
  label: string;
}

export interface SequenceProfileRow {
  meta_id: number;
  entity_type: string;
  store_id: number;
  sequence_table: string;
  prefix: string | null;
  suffix: string | null;
  start_value: number | null;
  step: number | null;
}

export const orders = defineQuery<OrderRow>('source/order/orders');
export const ordersCount = defineQuery<CountRow>('source/order/orders-count');
export const orderDuplicates = defineQuery<DuplicateRow>('source/order/order-duplicates');
export const orderItems = defineQuery<OrderItemRow>('source/order/order-items');
export const orderAddresses = defineQuery<OrderAddressRow>('source/order/order-addresses');
export const orderPayments = defineQuery<OrderPaymentRow>('source/order/order-payments');
export const orderHistory = defineQuery<OrderHistoryRow>('source/order/order-history');
export const orderTaxes = defineQuery<OrderTaxRow>('source/order/order-taxes');
export const orderTaxItems = defineQuery<OrderTaxItemRow>('source/order/order-tax-items');
export const giftMessages = defineQuery<GiftMessageRow>('source/order/gift-messages');
export const productsExisting = defineQuery<{ entity_id: number }>('source/order/products-existing');

export const invoices = defineQuery<DocumentRow>('source/order/invoices');
export const invoicesCount = defineQuery<CountRow>('source/order/invoices-count');
export const invoiceDuplicates = defineQuery<DuplicateRow>('source/order/invoice-duplicates');
export const invoiceItems = defineQuery<DocumentChildRow>('source/order/invoice-items');
export const invoiceComments = defineQuery<DocumentChildRow>('source/order/invoice-comments');
export const shipments = defineQuery<DocumentRow>('source/order/shipments');
export const shipmentsCount = defineQuery<CountRow>('source/order/shipments-count');
export const shipmentDuplicates = defineQuery<DuplicateRow>('source/order/shipment-duplicates');
export const shipmentItems = defineQuery<DocumentChildRow>('source/order/shipment-items');
export const shipmentTracks = defineQuery<DocumentChildRow>('source/order/shipment-tracks');
export const shipmentComments = defineQuery<DocumentChildRow>('source/order/shipment-comments');
export const creditmemos = defineQuery<DocumentRow>('source/order/creditmemos');
export const creditmemosCount = defineQuery<CountRow>('source/order/creditmemos-count');
export const creditmemoDuplicates = defineQuery<DuplicateRow>('source/order/creditmemo-duplicates');
export const creditmemoItems = defineQuery<DocumentChildRow>('source/order/creditmemo-items');
export const creditmemoComments = defineQuery<DocumentChildRow>('source/order/creditmemo-comments');

export const transactions = defineQuery<TransactionRow>('source/order/transactions');
export const transactionsCount = defineQuery<CountRow>('source/order/transactions-count');
export const downloadablePurchased = defineQuery<PurchasedRow>('source/order/downloadable-purchased');
export const downloadablePurchasedCount = defineQuery<CountRow>('source/order/downloadable-purchased-count');
export const downloadablePurchasedItems = defineQuery<PurchasedItemRow>('source/order/downloadable-purchased-items');

export const stores = defineQuery<StoreRow>('source/order/stores');
export const storesCount = defineQuery<CountRow>('source/order/stores-count');
export const statuses = defineQuery<StatusRow>('source/order/statuses');
export const statusesCount = defineQuery<CountRow>('source/order/statuses-count');
export const statusStates = defineQuery<StatusStateRow>('source/order/status-states');
export const statusLabels = defineQuery<StatusLabelRow>('source/order/status-labels');
export const sequenceProfiles = defineQuery<SequenceProfileRow>('source/order/sequence-profiles');
export const sequenceProfilesCount = defineQuery<CountRow>('source/order/sequence-profiles-count');
export const sequenceLast = defineQuery<{ last_value: number | null }>('source/order/sequence-last');
export const cartsCount = defineQuery<{ carts: number | string; active: number | string }>('source/order/carts-count');
