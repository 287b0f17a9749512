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
  await legacyStockStatus(ctx);

  const multi = ctx.profile.websites > 1;
  await insertRows(ctx, 'inventory_source', ['source_code', 'name', 'enabled', 'description', 'latitude', 'longitude', 'country_id', 'region_id', 'region', 'city', 'street', 'postcode', 'contact_name', 'email', 'phone', 'use_default_carrier_config'], [
    ['default', 'Default Source', 1, null, null, null, 'US', null, null, null, null, '00000', null, null, null, 1],
    ['eu_warehouse', 'EU Warehouse', 1, 'Ships EU orders', '52.520008', '13.404954', 'DE', null, 'Berlin', 'Berlin', 'Lagerstraße 1', '10115', 'Lager Team', 'lager@example.com', '+49 30 1234567', 1],
  ]);
  // The EU warehouse ships with its own carriers (use_default_carrier_config 0 in real stores; here both are listed).
  await insertRows(ctx, 'inventory_source_carrier_link', ['source_code', 'carrier_code', 'position'], [['eu_warehouse', 'dhl', 1], ['eu_warehouse', 'ups', 2]]);
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

/**
 * cataloginventory_stock_status as Magento's legacy stock indexer writes it (stock 1, website 0):
 * DefaultStock::_getStockStatusSelect for enabled products (some status row = 1) with a stock item, qty = max(qty, 0),
 * status = is_in_stock where stock is managed (manage_stock resolved against the config, 1 here), else 1; a
 * configurable or grouped product also needs an enabled child without required options in stock (none: no row),
 * a bundle an in-stock selection in each required option. Composites have qty 0.
 */
async function legacyStockStatus(ctx: SeedContext): Promise<void> {
  const k = ctx.key;
  const cur = ctx.commerce ? 'AND p.created_in <= 1700000000 AND p.updated_in > 1700000000' : '';
  await ctx.conn.query('DROP TEMPORARY TABLE IF EXISTS magemig_stock_own');
  await ctx.conn.query(`CREATE TEMPORARY TABLE magemig_stock_own (product_id INT UNSIGNED PRIMARY KEY, k INT UNSIGNED NOT NULL, type_id VARCHAR(32), required_options SMALLINT, qty DECIMAL(12,4), own TINYINT) ENGINE=InnoDB`);
  await ctx.conn.query(`INSERT INTO magemig_stock_own
    SELECT p.entity_id, p.${k}, p.type_id, p.required_options, IF(si.qty > 0, si.qty, 0),
      IF(IF(si.use_config_manage_stock = 1, 1, si.manage_stock) = 1, si.is_in_stock, 1)
    FROM catalog_product_entity p JOIN cataloginventory_stock_item si ON si.product_id = p.entity_id AND si.stock_id = 1
    WHERE EXISTS (SELECT 1 FROM catalog_product_entity_int st WHERE st.${k} = p.${k} AND st.value = 1
      AND st.attribute_id = (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'status')) ${cur}`);
  const child = 'IF(c.required_options = 0, c.own, 0)';
  await run(ctx, 'cataloginventory_stock_status', `INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
    SELECT product_id, 0, 1, qty, own FROM magemig_stock_own WHERE type_id NOT IN ('configurable', 'grouped', 'bundle') ORDER BY product_id`);
  await ctx.conn.query('DROP TEMPORARY TABLE IF EXISTS magemig_stock_child');
  await ctx.conn.query('CREATE TEMPORARY TABLE magemig_stock_child LIKE magemig_stock_own');
  await ctx.conn.query('INSERT INTO magemig_stock_child SELECT * FROM magemig_stock_own');
  await run(ctx, 'cataloginventory_stock_status', `INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
    SELECT o.product_id, 0, 1, 0, LEAST(MAX(${child}), MIN(o.own)) FROM magemig_stock_own o
    JOIN catalog_product_super_link l ON l.parent_id = o.k JOIN magemig_stock_child c ON c.product_id = l.product_id
    WHERE o.type_id = 'configurable' GROUP BY o.product_id ORDER BY o.product_id`);
  await run(ctx, 'cataloginventory_stock_status', `INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
    SELECT o.product_id, 0, 1, 0, LEAST(MAX(${child}), MIN(o.own)) FROM magemig_stock_own o
    JOIN catalog_product_link l ON l.product_id = o.k AND l.link_type_id = 3 JOIN magemig_stock_child c ON c.product_id = l.linked_product_id
    WHERE o.type_id = 'grouped' GROUP BY o.product_id ORDER BY o.product_id`);
  await run(ctx, 'cataloginventory_stock_status', `INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
    SELECT o.product_id, 0, 1, 0, LEAST(o.own, COALESCE((SELECT MIN(x.ok) FROM (
        SELECT bo.parent_id, bo.option_id, MAX(IFNULL(c.own, 0)) AS ok FROM catalog_product_bundle_option bo
        JOIN catalog_product_bundle_selection bs ON bs.option_id = bo.option_id LEFT JOIN magemig_stock_child c ON c.product_id = bs.product_id
        WHERE bo.required = 1 GROUP BY bo.parent_id, bo.option_id) x WHERE x.parent_id = o.k), 1))
    FROM magemig_stock_own o WHERE o.type_id = 'bundle' ORDER BY o.product_id`);
  await ctx.conn.query('DROP TEMPORARY TABLE magemig_stock_own, magemig_stock_child');
}
