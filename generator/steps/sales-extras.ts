/**
 * The rest of an order's history, as Magento 2.4 writes it: tax rates and their amounts per line
 * (sales_order_tax, _item), comments on invoices, shipments and credit memos, payment transactions of the
 * online gateways (authorisation, capture, refund), status labels per store view, gift messages on orders
 * and lines, the links bought with downloadable lines, and carts (quote: the converted quote of every order
 * and some abandoned active carts).
 */
import { currentRow, insertRows, rnd, run, type SeedContext } from '../session.ts';
import { STORE_LANGUAGES } from './foundation.ts';

export async function createSalesExtras(ctx: SeedContext): Promise<void> {
  await taxes(ctx);
  await comments(ctx);
  await transactions(ctx);
  await statusLabels(ctx);
  await giftMessages(ctx);
  await downloadablePurchases(ctx);
  await carts(ctx);
}

/** One 10% rate per taxed order (US or EU by currency), its amount split over the lines that carry tax. */
async function taxes(ctx: SeedContext): Promise<void> {
  await run(ctx, 'sales_order_tax', `INSERT INTO sales_order_tax (tax_id, order_id, code, title, percent, amount, priority, position, base_amount, process, base_real_amount)
    SELECT so.entity_id, so.entity_id, IF(so.order_currency_code = 'USD', 'US-CA-*-Rate 1', 'EU-VAT-10'), IF(so.order_currency_code = 'USD', 'US-CA-*-Rate 1', 'VAT 10%'),
      10, so.tax_amount, 0, 0, so.base_tax_amount, 0, so.base_tax_amount
    FROM sales_order so WHERE so.base_tax_amount > 0 ORDER BY so.entity_id`);
  await run(ctx, 'sales_order_tax_item', `INSERT INTO sales_order_tax_item (tax_item_id, tax_id, item_id, tax_percent, amount, base_amount, real_amount, real_base_amount, associated_item_id, taxable_item_type)
    SELECT i.item_id, t.tax_id, i.item_id, 10, i.tax_amount, i.base_tax_amount, i.tax_amount, i.base_tax_amount, NULL, 'product'
    FROM sales_order_tax t JOIN sales_order_item i ON i.order_id = t.order_id AND i.parent_item_id IS NULL AND i.base_tax_amount > 0 ORDER BY i.item_id`);
}

async function comments(ctx: SeedContext): Promise<void> {
  const texts = (list: string[], salt: string, id: string) => `ELT(1 + ${rnd(ctx, salt, id, list.length)}, ${list.map((t) => `'${t}'`).join(', ')})`;
  await run(ctx, 'sales_invoice_comment', `INSERT INTO sales_invoice_comment (parent_id, is_customer_notified, is_visible_on_front, comment, created_at)
    SELECT d.entity_id, 1, 0, ${texts(['Paid in full.', 'Payment captured online.', 'Invoice sent to accounting.'], 'icom', 'd.entity_id')}, d.created_at
    FROM sales_invoice d WHERE ${rnd(ctx, 'icomsel', 'd.entity_id', 10)} < 3 ORDER BY d.entity_id`);
  await run(ctx, 'sales_shipment_comment', `INSERT INTO sales_shipment_comment (parent_id, is_customer_notified, is_visible_on_front, comment, created_at)
    SELECT d.entity_id, 1, 1, ${texts(['Left at the front door.', 'Signed for by the customer.', 'Delivered to a neighbour.'], 'scom', 'd.entity_id')}, d.created_at
    FROM sales_shipment d WHERE ${rnd(ctx, 'scomsel', 'd.entity_id', 10)} < 2 ORDER BY d.entity_id`);
  await run(ctx, 'sales_creditmemo_comment', `INSERT INTO sales_creditmemo_comment (parent_id, is_customer_notified, is_visible_on_front, comment, created_at)
    SELECT d.entity_id, 1, 0, ${texts(['Refunded: the item came back damaged.', 'Refunded: wrong size, returned.', 'Goodwill refund.'], 'ccom', 'd.entity_id')}, d.created_at
    FROM sales_creditmemo d ORDER BY d.entity_id`);
}

/**
 * Online gateways (Braintree, PayPal Express) leave transactions: PayPal authorises then captures, Braintree
 * captures at once; refunds of such orders add a refund transaction under the capture.
 */
async function transactions(ctx: SeedContext): Promise<void> {
  const info = (kind: string) => `CONCAT('{"raw_details_info":{"${kind}":"', p.last_trans_id, '","processorResponseCode":"1000"}}')`;
  const invoiced = "EXISTS (SELECT 1 FROM sales_invoice inv WHERE inv.order_id = p.parent_id)";
  await run(ctx, 'sales_payment_transaction', `INSERT INTO sales_payment_transaction (transaction_id, parent_id, order_id, payment_id, txn_id, parent_txn_id, txn_type, is_closed, additional_information, created_at)
    SELECT ROW_NUMBER() OVER (ORDER BY p.parent_id), NULL, p.parent_id, p.entity_id, CONCAT(p.last_trans_id, '-A'), NULL, 'authorization', 1, ${info('authorization')}, so.created_at
    FROM sales_order_payment p JOIN sales_order so ON so.entity_id = p.parent_id WHERE p.method = 'paypal_express' AND ${invoiced} ORDER BY p.parent_id`);
  await run(ctx, 'sales_payment_transaction', `INSERT INTO sales_payment_transaction (transaction_id, parent_id, order_id, payment_id, txn_id, parent_txn_id, txn_type, is_closed, additional_information, created_at)
    SELECT (SELECT COALESCE(MAX(transaction_id), 0) FROM sales_payment_transaction) + ROW_NUMBER() OVER (ORDER BY p.parent_id),
      a.transaction_id, p.parent_id, p.entity_id, p.last_trans_id, a.txn_id, 'capture', 0, ${info('capture')}, TIMESTAMPADD(HOUR, 24, so.created_at)
    FROM sales_order_payment p JOIN sales_order so ON so.entity_id = p.parent_id
    LEFT JOIN sales_payment_transaction a ON a.order_id = p.parent_id AND a.txn_type = 'authorization'
    WHERE p.method IN ('braintree', 'paypal_express') AND ${invoiced} ORDER BY p.parent_id`);
  await run(ctx, 'sales_payment_transaction', `INSERT INTO sales_payment_transaction (transaction_id, parent_id, order_id, payment_id, txn_id, parent_txn_id, txn_type, is_closed, additional_information, created_at)
    SELECT (SELECT COALESCE(MAX(transaction_id), 0) FROM sales_payment_transaction) + ROW_NUMBER() OVER (ORDER BY c.order_id),
      c.transaction_id, c.order_id, c.payment_id, CONCAT(c.txn_id, '-refund'), c.txn_id, 'refund', 1, ${info('refund').replace(/p\.last_trans_id/g, 'c.txn_id')}, cm.created_at
    FROM sales_payment_transaction c JOIN sales_creditmemo cm ON cm.order_id = c.order_id
    WHERE c.txn_type = 'capture' ORDER BY c.order_id`);
}

const STATUS_LABELS: Record<string, Record<string, string>> = {
  fr: { pending: 'En attente', processing: 'En cours', complete: 'Terminée', canceled: 'Annulée', closed: 'Clôturée' },
  de: { pending: 'Ausstehend', processing: 'In Bearbeitung', complete: 'Abgeschlossen', canceled: 'Storniert', closed: 'Geschlossen' },
  es: { pending: 'Pendiente', processing: 'En proceso', complete: 'Completado', canceled: 'Cancelado', closed: 'Cerrado' },
  it: { pending: 'In attesa', processing: 'In lavorazione', complete: 'Completato', canceled: 'Annullato', closed: 'Chiuso' },
  nl: { pending: 'In afwachting', processing: 'In behandeling', complete: 'Voltooid', canceled: 'Geannuleerd', closed: 'Gesloten' },
};

/** The store views in another language than English show their own status labels. */
async function statusLabels(ctx: SeedContext): Promise<void> {
  const rows: unknown[][] = [];
  for (const store of ctx.stores.flat()) {
    const labels = STATUS_LABELS[STORE_LANGUAGES[(store - 1) % STORE_LANGUAGES.length].lang];
    if (labels) for (const [status, label] of Object.entries(labels)) rows.push([status, store, label]);
  }
  await insertRows(ctx, 'sales_order_status_label', ['status', 'store_id', 'label'], rows);
}

/** 5% of orders carry a gift message, and 2% of lines; the order's or line's gift_message_id points at it. */
async function giftMessages(ctx: SeedContext): Promise<void> {
  await run(ctx, 'gift_message', `INSERT INTO gift_message (gift_message_id, customer_id, sender, recipient, message)
    SELECT so.entity_id * 2 - 1, COALESCE(so.customer_id, 0), so.customer_firstname, 'Alex', CONCAT('Happy birthday! Order ', so.increment_id)
    FROM sales_order so WHERE ${rnd(ctx, 'gift', 'so.entity_id', 100)} < 5 ORDER BY so.entity_id`);
  await ctx.conn.query('UPDATE sales_order so JOIN gift_message g ON g.gift_message_id = so.entity_id * 2 - 1 SET so.gift_message_id = g.gift_message_id, so.updated_at = so.updated_at');
  await run(ctx, 'gift_message', `INSERT INTO gift_message (gift_message_id, customer_id, sender, recipient, message)
    SELECT 1000000000 + i.item_id, 0, 'Sam', 'Robin', CONCAT('For you: ', i.name)
    FROM sales_order_item i WHERE i.parent_item_id IS NULL AND ${rnd(ctx, 'igift', 'i.item_id', 100)} < 2 ORDER BY i.item_id`);
  await ctx.conn.query('UPDATE sales_order_item i JOIN gift_message g ON g.gift_message_id = 1000000000 + i.item_id SET i.gift_message_id = g.gift_message_id, i.gift_message_available = 1, i.updated_at = i.updated_at');
}

/** A purchased row per downloadable line, an item per link of the product (available once invoiced). */
async function downloadablePurchases(ctx: SeedContext): Promise<void> {
  await run(ctx, 'downloadable_link_purchased', `INSERT INTO downloadable_link_purchased (purchased_id, order_id, order_increment_id, order_item_id, created_at, updated_at,
      customer_id, product_name, product_sku, link_section_title)
    SELECT i.item_id, i.order_id, so.increment_id, i.item_id, so.created_at, so.created_at, so.customer_id, i.name, i.sku, 'Links'
    FROM sales_order_item i JOIN sales_order so ON so.entity_id = i.order_id
    WHERE i.product_type = 'downloadable' AND i.parent_item_id IS NULL ORDER BY i.item_id`);
  await run(ctx, 'downloadable_link_purchased_item', `INSERT INTO downloadable_link_purchased_item (purchased_id, order_item_id, product_id, link_hash,
      number_of_downloads_bought, number_of_downloads_used, link_id, link_title, is_shareable, link_url, link_file, link_type, status, created_at, updated_at)
    SELECT STRAIGHT_JOIN d.purchased_id, d.order_item_id, i.product_id, MD5(CONCAT('link', d.purchased_id, '-', dl.link_id)),
      dl.number_of_downloads, IF(i.qty_invoiced > 0, ${rnd(ctx, 'dlused', 'd.purchased_id', 3)}, 0), dl.link_id, CONCAT('Download ', dl.sort_order + 1),
      dl.is_shareable, dl.link_url, dl.link_file, dl.link_type, IF(i.qty_invoiced > 0, 'available', 'pending'), d.created_at, d.created_at
    FROM downloadable_link_purchased d JOIN sales_order_item i ON i.item_id = d.order_item_id
    JOIN catalog_product_entity p ON p.entity_id = i.product_id AND ${currentRow(ctx, 'p')}
    JOIN downloadable_link dl ON dl.product_id = p.${ctx.key}
    ORDER BY d.purchased_id, dl.link_id`);
}

/** The converted quote of every order (inactive), and one abandoned active cart per ten orders. */
async function carts(ctx: SeedContext): Promise<void> {
  await run(ctx, 'quote', `INSERT INTO quote (entity_id, store_id, created_at, updated_at, is_active, is_virtual, items_count, items_qty, grand_total, base_grand_total,
      customer_id, customer_email, customer_is_guest, reserved_order_id, base_currency_code, quote_currency_code)
    SELECT so.quote_id, COALESCE(so.store_id, 0), so.created_at, so.created_at, 0, so.is_virtual, so.total_item_count, so.total_qty_ordered, so.grand_total,
      so.base_grand_total, so.customer_id, so.customer_email, so.customer_is_guest, so.increment_id, so.base_currency_code, so.order_currency_code
    FROM sales_order so ORDER BY so.entity_id`);
  await run(ctx, 'quote', `INSERT INTO quote (entity_id, store_id, created_at, updated_at, is_active, items_count, items_qty, grand_total, base_grand_total,
      customer_is_guest, base_currency_code, quote_currency_code)
    SELECT 2000000000 + s.n, 1, TIMESTAMPADD(DAY, s.n, '2024-01-01'), TIMESTAMPADD(DAY, s.n, '2024-01-01'), 1, 1, 1, 19.9900, 19.9900, 1, 'USD', 'USD'
    FROM magemig_seq s WHERE s.n <= ${Math.max(1, Math.floor(ctx.profile.orders / 10))} ORDER BY s.n`);
}
