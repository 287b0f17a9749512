/**
 * Typed names of `verify`'s order queries: its own reading of Magento's sales tables (MySQL, :name
 * parameters) and of the order service's database (target-*, Postgres, $n parameters). Nothing here is shared
 * with the migration's queries (sql/source/order).
 */
import { defineQuery } from '../../query.ts';

export const creditmemoFields = defineQuery('verify/order/creditmemo-fields');
export const creditmemoItemFields = defineQuery('verify/order/creditmemo-item-fields');
export const creditmemosKeys = defineQuery('verify/order/creditmemos-keys');
export const creditmemosMoney = defineQuery('verify/order/creditmemos-money');
export const downloadableKeys = defineQuery('verify/order/downloadable-keys');
export const invoiceFields = defineQuery('verify/order/invoice-fields');
export const invoiceItemFields = defineQuery('verify/order/invoice-item-fields');
export const invoicesKeys = defineQuery('verify/order/invoices-keys');
export const invoicesMoney = defineQuery('verify/order/invoices-money');
export const numberingKeys = defineQuery('verify/order/numbering-keys');
export const orderAddressFields = defineQuery('verify/order/order-address-fields');
export const orderExtrasSums = defineQuery('verify/order/order-extras-sums');
export const orderFields = defineQuery('verify/order/order-fields');
export const orderItemFields = defineQuery('verify/order/order-item-fields');
export const orderItemsSums = defineQuery('verify/order/order-items-sums');
export const orderPaymentFields = defineQuery('verify/order/order-payment-fields');
export const ordersKeys = defineQuery('verify/order/orders-keys');
export const ordersMoney = defineQuery('verify/order/orders-money');
export const shipmentFields = defineQuery('verify/order/shipment-fields');
export const shipmentItemFields = defineQuery('verify/order/shipment-item-fields');
export const shipmentTrackFields = defineQuery('verify/order/shipment-track-fields');
export const shipmentsKeys = defineQuery('verify/order/shipments-keys');
export const shipmentsQty = defineQuery('verify/order/shipments-qty');
export const statusesKeys = defineQuery('verify/order/statuses-keys');
export const storesKeys = defineQuery('verify/order/stores-keys');
export const targetCreditmemoFields = defineQuery('verify/order/target-creditmemo-fields');
export const targetCreditmemoItemFields = defineQuery('verify/order/target-creditmemo-item-fields');
export const targetCreditmemosKeys = defineQuery('verify/order/target-creditmemos-keys');
export const targetCreditmemosMoney = defineQuery('verify/order/target-creditmemos-money');
export const targetDownloadableKeys = defineQuery('verify/order/target-downloadable-keys');
export const targetInvoiceFields = defineQuery('verify/order/target-invoice-fields');
export const targetInvoiceItemFields = defineQuery('verify/order/target-invoice-item-fields');
export const targetInvoicesKeys = defineQuery('verify/order/target-invoices-keys');
export const targetInvoicesMoney = defineQuery('verify/order/target-invoices-money');
export const targetNumberingKeys = defineQuery('verify/order/target-numbering-keys');
export const targetOrderAddressFields = defineQuery('verify/order/target-order-address-fields');
export const targetOrderExtrasSums = defineQuery('verify/order/target-order-extras-sums');
export const targetOrderFields = defineQuery('verify/order/target-order-fields');
export const targetOrderItemFields = defineQuery('verify/order/target-order-item-fields');
export const targetOrderItemsSums = defineQuery('verify/order/target-order-items-sums');
export const targetOrderPaymentFields = defineQuery('verify/order/target-order-payment-fields');
export const targetOrdersKeys = defineQuery('verify/order/target-orders-keys');
export const targetOrdersMoney = defineQuery('verify/order/target-orders-money');
export const targetShipmentFields = defineQuery('verify/order/target-shipment-fields');
export const targetShipmentItemFields = defineQuery('verify/order/target-shipment-item-fields');
export const targetShipmentTrackFields = defineQuery('verify/order/target-shipment-track-fields');
export const targetShipmentsKeys = defineQuery('verify/order/target-shipments-keys');
export const targetShipmentsQty = defineQuery('verify/order/target-shipments-qty');
export const targetStatusesKeys = defineQuery('verify/order/target-statuses-keys');
export const targetStoresKeys = defineQuery('verify/order/target-stores-keys');
export const targetTransactionsKeys = defineQuery('verify/order/target-transactions-keys');
export const transactionsKeys = defineQuery('verify/order/transactions-keys');
