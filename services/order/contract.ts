/**
 * The order service's import contract: the tables an import writes and their columns, in the order of the
 * rows' values (schema and meaning: migrations/*.sql). Every row carries its Magento key (magento_id);
 * children are keyed by their parent's UUID and their own Magento key.
 */
import { contractOf, table } from '../kit/index.ts';

export const orderStore = table('order_store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'group_magento_id'], ['id']);
export const orderStatus = table('order_status', ['status', 'label'], ['status']);
export const orderStatusState = table('order_status_state', ['status', 'state', 'is_default', 'visible_on_front'], ['status', 'state']);
export const orderStatusLabel = table('order_status_label', ['status', 'store_magento_id', 'label'], ['status', 'store_magento_id']);
export const orderNumbering = table(
  'order_numbering',
  ['store_magento_id', 'entity_type', 'prefix', 'suffix', 'start_value', 'step', 'last_value', 'last_increment_id', 'sequence_table'],
  ['store_magento_id', 'entity_type'],
);

export const salesOrder = table(
  'sales_order',
  [
    'id', 'magento_id', 'increment_id', 'store_magento_id', 'store_code', 'store_name', 'state', 'status', 'created_at', 'updated_at',
    'customer_id', 'customer_magento_id', 'customer_is_guest', 'customer_email', 'customer_prefix', 'customer_firstname', 'customer_middlename',
    'customer_lastname', 'customer_suffix', 'customer_group_id', 'customer_dob', 'customer_gender', 'customer_taxvat',
    'order_currency', 'base_currency', 'global_currency', 'store_currency', 'base_to_order_rate', 'base_to_global_rate',
    'subtotal', 'base_subtotal', 'subtotal_incl_tax', 'base_subtotal_incl_tax', 'tax_amount', 'base_tax_amount',
    'shipping_amount', 'base_shipping_amount', 'shipping_incl_tax', 'base_shipping_incl_tax', 'shipping_tax_amount', 'base_shipping_tax_amount',
    'discount_amount', 'base_discount_amount', 'discount_description', 'grand_total', 'base_grand_total', 'total_paid', 'base_total_paid',
    'total_invoiced', 'base_total_invoiced', 'total_refunded', 'base_total_refunded', 'total_canceled', 'base_total_canceled',
    'total_due', 'base_total_due', 'total_qty_ordered', 'total_item_count', 'weight', 'is_virtual', 'coupon_code', 'applied_rule_ids',
    'shipping_method', 'shipping_description', 'remote_ip', 'quote_id', 'ext_order_id', 'original_increment_id', 'relation_parent_id',
    'hold_before_state', 'hold_before_status', 'customer_note', 'gift_message',
  ],
  ['id'],
);

export const orderItem = table(
  'order_item',
  [
    'order_id', 'magento_id', 'parent_magento_id', 'product_id', 'product_magento_id', 'product_type', 'sku', 'name',
    'qty_ordered', 'qty_invoiced', 'qty_shipped', 'qty_refunded', 'qty_canceled', 'qty_backordered',
    'price', 'base_price', 'original_price', 'base_original_price', 'price_incl_tax', 'base_price_incl_tax',
    'row_total', 'base_row_total', 'row_total_incl_tax', 'base_row_total_incl_tax', 'tax_percent', 'tax_amount', 'base_tax_amount',
    'discount_percent', 'discount_amount', 'base_discount_amount', 'amount_refunded', 'base_amount_refunded', 'row_invoiced', 'base_row_invoiced',
    'weight', 'row_weight', 'is_virtual', 'applied_rule_ids', 'product_options', 'gift_message', 'created_at',
  ],
  ['order_id', 'magento_id'],
);

export const orderAddress = table(
  'order_address',
  [
    'order_id', 'magento_id', 'address_type', 'customer_address_magento_id', 'prefix', 'firstname', 'middlename', 'lastname', 'suffix',
    'company', 'street', 'city', 'region', 'region_id', 'postcode', 'country_id', 'telephone', 'fax', 'email', 'vat_id',
  ],
  ['order_id', 'magento_id'],
);

export const orderPayment = table(
  'order_payment',
  [
    'order_id', 'magento_id', 'method', 'amount_ordered', 'base_amount_ordered', 'amount_authorized', 'base_amount_authorized',
    'amount_paid', 'base_amount_paid', 'amount_refunded', 'base_amount_refunded', 'amount_canceled', 'base_amount_canceled',
    'shipping_amount', 'base_shipping_amount', 'shipping_captured', 'base_shipping_captured', 'shipping_refunded', 'base_shipping_refunded',
    'cc_type', 'cc_last_4', 'last_trans_id', 'po_number', 'additional_information',
  ],
  ['order_id', 'magento_id'],
);

export const orderStatusHistory = table(
  'order_status_history',
  ['order_id', 'magento_id', 'status', 'comment', 'is_customer_notified', 'is_visible_on_front', 'entity_name', 'created_at'],
  ['order_id', 'magento_id'],
);

export const orderTax = table(
  'order_tax',
  ['order_id', 'magento_id', 'code', 'title', 'percent', 'amount', 'base_amount', 'base_real_amount', 'priority', 'position', 'process'],
  ['order_id', 'magento_id'],
);

export const orderTaxItem = table(
  'order_tax_item',
  ['order_id', 'magento_id', 'tax_magento_id', 'item_magento_id', 'associated_item_magento_id', 'taxable_item_type', 'tax_percent', 'amount', 'base_amount', 'real_amount', 'real_base_amount'],
  ['order_id', 'magento_id'],
);

export const paymentTransaction = table(
  'payment_transaction',
  ['order_id', 'magento_id', 'payment_magento_id', 'parent_magento_id', 'txn_id', 'parent_txn_id', 'txn_type', 'is_closed', 'additional_information', 'created_at'],
  ['order_id', 'magento_id'],
);

export const downloadablePurchased = table(
  'downloadable_link_purchased',
  ['order_id', 'magento_id', 'order_item_magento_id', 'customer_id', 'customer_magento_id', 'product_name', 'product_sku', 'link_section_title', 'created_at', 'updated_at'],
  ['order_id', 'magento_id'],
);

export const downloadablePurchasedItem = table(
  'downloadable_link_purchased_item',
  [
    'order_id', 'magento_id', 'purchased_magento_id', 'order_item_magento_id', 'product_id', 'product_magento_id', 'link_magento_id', 'link_title',
    'link_type', 'link_url', 'link_file', 'is_shareable', 'number_of_downloads_bought', 'number_of_downloads_used', 'status', 'created_at', 'updated_at',
  ],
  ['order_id', 'magento_id'],
);

const moneyPairs = ['subtotal', 'base_subtotal', 'tax_amount', 'base_tax_amount', 'shipping_amount', 'base_shipping_amount', 'discount_amount', 'base_discount_amount'] as const;

export const invoice = table(
  'invoice',
  ['id', 'magento_id', 'order_id', 'order_magento_id', 'increment_id', 'store_magento_id', 'state', 'order_currency', 'base_currency',
    ...moneyPairs, 'grand_total', 'base_grand_total', 'total_qty', 'transaction_id', 'created_at', 'updated_at', 'document'],
  ['id'],
);
const documentItemColumns = ['magento_id', 'order_item_magento_id', 'product_magento_id', 'sku', 'name', 'qty', 'price', 'base_price', 'row_total', 'base_row_total',
  'tax_amount', 'base_tax_amount', 'discount_amount', 'base_discount_amount'] as const;
export const invoiceItem = table('invoice_item', ['invoice_id', ...documentItemColumns], ['invoice_id', 'magento_id']);
const commentColumns = ['magento_id', 'comment', 'is_customer_notified', 'is_visible_on_front', 'created_at'] as const;
export const invoiceComment = table('invoice_comment', ['invoice_id', ...commentColumns], ['invoice_id', 'magento_id']);

export const shipment = table(
  'shipment',
  ['id', 'magento_id', 'order_id', 'order_magento_id', 'increment_id', 'store_magento_id', 'total_qty', 'total_weight', 'shipment_status', 'created_at', 'updated_at', 'document'],
  ['id'],
);
export const shipmentItem = table('shipment_item', ['shipment_id', 'magento_id', 'order_item_magento_id', 'product_magento_id', 'sku', 'name', 'qty', 'price', 'weight'], ['shipment_id', 'magento_id']);
export const shipmentTrack = table(
  'shipment_track',
  ['shipment_id', 'magento_id', 'carrier_code', 'title', 'track_number', 'description', 'qty', 'weight', 'created_at'],
  ['shipment_id', 'magento_id'],
);
export const shipmentComment = table('shipment_comment', ['shipment_id', ...commentColumns], ['shipment_id', 'magento_id']);

export const creditmemo = table(
  'creditmemo',
  ['id', 'magento_id', 'order_id', 'order_magento_id', 'increment_id', 'store_magento_id', 'invoice_magento_id', 'state', 'order_currency', 'base_currency',
    ...moneyPairs, 'adjustment', 'base_adjustment', 'adjustment_positive', 'base_adjustment_positive', 'adjustment_negative', 'base_adjustment_negative',
    'grand_total', 'base_grand_total', 'transaction_id', 'created_at', 'updated_at', 'document'],
  ['id'],
);
export const creditmemoItem = table('creditmemo_item', ['creditmemo_id', ...documentItemColumns], ['creditmemo_id', 'magento_id']);
export const creditmemoComment = table('creditmemo_comment', ['creditmemo_id', ...commentColumns], ['creditmemo_id', 'magento_id']);

/**
 * The read model (migrations/004) as the orders batch writes it: head, tail and payment built by the import from the
 * order rows it writes (order-document-parts.ts), the later entities' lists empty; Postgres fills in, in the same
 * transaction, the parts of orders that already have rows of the later entities (migrations/007).
 */
export const orderDocumentHead = table(
  'order_document',
  ['order_id', 'magento_id', 'increment_id', 'store_magento_id', 'store_code', 'customer_id', 'head', 'tail', 'payment', 'invoices', 'shipments', 'credit_memos', 'links'],
  ['order_id'],
);

export const orderContract = contractOf(
  orderStore, orderStatus, orderStatusState, orderStatusLabel, salesOrder, orderItem, orderAddress, orderPayment, orderStatusHistory,
  orderTax, orderTaxItem, invoice, invoiceItem, invoiceComment, shipment, shipmentItem, shipmentTrack, shipmentComment,
  creditmemo, creditmemoItem, creditmemoComment, paymentTransaction, downloadablePurchased, downloadablePurchasedItem, orderNumbering,
  orderDocumentHead,
);
