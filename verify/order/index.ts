/**
 * The order context's verification: orders (increment id per store, money per currency, lines and their
 * quantities, status history and taxes, addresses, payment), invoices and credit memos (money per currency), shipments (quantities, tracking), and
 * the reference tables (stores, statuses, numbering, payment transactions, downloadable links) by their keys.
 * Every source reading is sql/verify/order (Magento's sales_* tables read directly).
 */
import * as q from '../../sql/verify/order/index.ts';
import { tableVerifier, type Row } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
/** Magento's unique key of a sales document: its increment id within its store view (a deleted store: -1). */
const perStore = (r: Row): string => `${str(r.increment_id)}@${r.store_id === null || r.store_id === undefined ? -1 : str(r.store_id)}`;
const docLabel = (r: Row): string => `increment_id=${str(r.increment_id)},store=${r.store === null || r.store === undefined ? str(r.store_id) : str(r.store)}`;

const orders = tableVerifier({
  entity: 'orders',
  sourceKeys: q.ordersKeys,
  targetKeys: q.targetOrdersKeys,
  keySets: [{ name: 'increment_id per store', key: perStore }],
  label: docLabel,
  measures: [
    { source: q.ordersMoney, target: q.targetOrdersMoney },
    { source: q.orderItemsSums, target: q.targetOrderItemsSums },
    { source: q.orderExtrasSums, target: q.targetOrderExtrasSums },
  ],
  fields: [
    { source: q.orderFields, target: q.targetOrderFields },
    { source: q.orderItemFields, target: q.targetOrderItemFields },
    { source: q.orderAddressFields, target: q.targetOrderAddressFields },
    { source: q.orderPaymentFields, target: q.targetOrderPaymentFields },
  ],
  sampleFrom: 'sales_order',
});

const invoices = tableVerifier({
  entity: 'invoices',
  sourceKeys: q.invoicesKeys,
  targetKeys: q.targetInvoicesKeys,
  keySets: [{ name: 'increment_id per store', key: perStore }],
  label: docLabel,
  measures: [{ source: q.invoicesMoney, target: q.targetInvoicesMoney }],
  fields: [{ source: q.invoiceFields, target: q.targetInvoiceFields }, { source: q.invoiceItemFields, target: q.targetInvoiceItemFields }],
  sampleFrom: 'invoice',
});

const shipments = tableVerifier({
  entity: 'shipments',
  sourceKeys: q.shipmentsKeys,
  targetKeys: q.targetShipmentsKeys,
  keySets: [{ name: 'increment_id per store', key: perStore }],
  label: docLabel,
  measures: [{ source: q.shipmentsQty, target: q.targetShipmentsQty }],
  fields: [
    { source: q.shipmentFields, target: q.targetShipmentFields },
    { source: q.shipmentItemFields, target: q.targetShipmentItemFields },
    { source: q.shipmentTrackFields, target: q.targetShipmentTrackFields },
  ],
  sampleFrom: 'shipment',
});

const creditmemos = tableVerifier({
  entity: 'creditmemos',
  sourceKeys: q.creditmemosKeys,
  targetKeys: q.targetCreditmemosKeys,
  keySets: [{ name: 'increment_id per store', key: perStore }],
  label: docLabel,
  measures: [{ source: q.creditmemosMoney, target: q.targetCreditmemosMoney }],
  fields: [{ source: q.creditmemoFields, target: q.targetCreditmemoFields }, { source: q.creditmemoItemFields, target: q.targetCreditmemoItemFields }],
  sampleFrom: 'creditmemo',
});

const stores = tableVerifier({
  entity: 'stores',
  sourceKeys: q.storesKeys,
  targetKeys: q.targetStoresKeys,
  keySets: [{ name: 'store code, name and website', key: (r) => `${str(r.code)} ${str(r.name)} (${str(r.website_code)})` }],
  label: (r) => `store=${str(r.code)}`,
});

const statuses = tableVerifier({
  entity: 'statuses',
  sourceKeys: q.statusesKeys,
  targetKeys: q.targetStatusesKeys,
  keySets: [{ name: 'status: label', key: (r) => `${str(r.id)}: ${str(r.label)}` }],
  label: (r) => `status=${str(r.id)}`,
});

const numbering = tableVerifier({
  entity: 'numbering',
  sourceKeys: q.numberingKeys,
  targetKeys: q.targetNumberingKeys,
  keySets: [
    { name: 'entity type per store', key: (r) => `${str(r.entity_type)}@${str(r.store_id)}` },
    { name: 'format (prefix, suffix, start, step)', key: (r) => `${str(r.entity_type)}@${str(r.store_id)}: ${str(r.prefix)}|${str(r.suffix)}|${str(r.start_value)}|${str(r.step)}` },
  ],
  label: (r) => `entity_type=${str(r.entity_type)},store_id=${str(r.store_id)}`,
});

const transactions = tableVerifier({
  entity: 'payment_transactions',
  sourceKeys: q.transactionsKeys,
  targetKeys: q.targetTransactionsKeys,
  keySets: [{ name: 'txn_id per order', key: (r) => `${str(r.txn_id)}@order ${str(r.order_id)}` }],
  label: (r) => `transaction_id=${str(r.id)}`,
});

const downloadables = tableVerifier({
  entity: 'downloadable_links',
  sourceKeys: q.downloadableKeys,
  targetKeys: q.targetDownloadableKeys,
  keySets: [{ name: 'sku per order item', key: (r) => `${str(r.product_sku)}@order ${str(r.order_id)} item ${str(r.order_item_id)}` }],
  label: (r) => `purchased_id=${str(r.id)}`,
});

export const orderVerify: ContextVerify = {
  entities: [stores, statuses, orders, invoices, shipments, creditmemos, transactions, downloadables, numbering],
};
