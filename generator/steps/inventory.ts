import { insertRows, rnd, run, ts, type SeedContext } from '../session.ts';

/** Stock-keeping product types: the others (configurable, bundle, grouped) have no quantity of their own. */
export const STOCKED_TYPES = "('simple', 'virtual', 'downloadable')";

/**
 * Legacy stock (cataloginventory_stock_item / _status on stock 1, website 0: one row per product, always present) and
 * MSI: a default source plus an EU warehouse, one stock per sales channel group, source items by SKU.
 */
export async function createInventory(ctx: SeedContext): Promise<void> {
  const qty = `IF(${rnd(ctx, 'oos', 'm.entity_id', 100)} < 5, 0, ${rnd(ctx, 'qty', 'm.entity_id', 500)} + 1)`;
  await ctx.conn.query(`ALTER TABLE magemig_product ADD COLUMN qty DECIMAL(12,4) NULL`);
  await ctx.conn.query(`UPDATE magemig_product m SET m.qty = IF(m.type_id IN ${STOCKED_TYPES}, ${qty}, 0)`);
  const stocked = `m.type_id IN ${STOCKED_TYPES}`;
  const backorders = `(${rnd(ctx, 'backorder', 'm.entity_id', 100)} < 2)`;
  await run(ctx, 'cataloginventory_stock_item', `INSERT INTO cataloginventory_stock_item
    (product_id, stock_id, qty, min_qty, use_config_min_qty, is_qty_decimal, backorders, use_config_backorders, min_sale_qty,
     use_config_min_sale_qty, max_sale_qty, use_config_max_sale_qty, is_in_stock, low_stock_date, notify_stock_qty,
     use_config_notify_stock_qty, manage_stock, use_config_manage_stock, stock_status_changed_auto, use_config_qty_increments,
     qty_increments, use_config_enable_qty_inc, enable_qty_increments, is_decimal_divided, website_id)
    SELECT m.entity_id, 1, m.qty, 0, 1, 0, IF(${backorders}, 1, 0), IF(${backorders}, 0, 1), 1,
      1, 10000, 1, IF(${stocked}, IF(m.qty > 0 OR ${backorders}, 1, 0), 1),
      IF(${stocked} AND m.qty = 0, ${ts(`${rnd(ctx, 'lowstock', 'm.entity_id', 150_000_000)}`)}, NULL), 1,
      1, IF(m.type_id = 'virtual' AND ${rnd(ctx, 'nomanage', 'm.entity_id', 10)} = 0, 0, 1), IF(m.type_id = 'virtual' AND ${rnd(ctx, 'nomanage', 'm.entity_id', 10)} = 0, 0, 1), 0, 1,
      1, 1, 0, 0, 0
    FROM magemig_product m ORDER BY m.entity_id`);
  await run(ctx, 'cataloginventory_stock_status', `INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
    SELECT product_id, 0, 1, qty, is_in_stock FROM cataloginventory_stock_item ORDER BY product_id`);

  const multi = ctx.profile.websites > 1;
  await insertRows(ctx, 'inventory_source', ['source_code', 'name', 'enabled', 'description', 'latitude', 'longitude', 'country_id', 'region_id', 'region', 'city', 'street', 'postcode', 'contact_name', 'email', 'phone', 'use_default_carrier_config'], [
    ['default', 'Default Source', 1, null, null, null, 'US', null, null, null, null, '00000', null, null, null, 1],
    ['eu_warehouse', 'EU Warehouse', 1, 'Ships EU orders', '52.520008', '13.404954', 'DE', null, 'Berlin', 'Berlin', 'Lagerstraße 1', '10115', 'Lager Team', 'lager@example.com', '+49 30 1234567', 1],
  ]);
  await insertRows(ctx, 'inventory_stock', ['stock_id', 'name'], multi ? [[1, 'Default Stock'], [2, 'EU Stock']] : [[1, 'Default Stock']]);
  await insertRows(ctx, 'inventory_source_stock_link', ['stock_id', 'source_code', 'priority'],
    multi ? [[1, 'default', 1], [1, 'eu_warehouse', 2], [2, 'eu_warehouse', 1]] : [[1, 'default', 1], [1, 'eu_warehouse', 2]]);
  const channels = ctx.stores.map((_, i) => ['website', i === 0 ? 'base' : `website_${i + 1}`, i === 0 || !multi ? 1 : 2]);
  await insertRows(ctx, 'inventory_stock_sales_channel', ['type', 'code', 'stock_id'], channels);
  await run(ctx, 'inventory_source_item', `INSERT INTO inventory_source_item (source_code, sku, quantity, status)
    SELECT 'default', m.sku, m.qty, IF(m.qty > 0, 1, 0) FROM magemig_product m WHERE ${stocked} ORDER BY m.entity_id`);
  await run(ctx, 'inventory_source_item', `INSERT INTO inventory_source_item (source_code, sku, quantity, status)
    SELECT 'eu_warehouse', m.sku, ${rnd(ctx, 'euqty', 'm.entity_id', 200)}, IF(${rnd(ctx, 'euqty', 'm.entity_id', 200)} > 0, 1, 0)
    FROM magemig_product m WHERE ${stocked} AND ${rnd(ctx, 'eu', 'm.entity_id', 10)} < 3 ORDER BY m.entity_id`);
}
